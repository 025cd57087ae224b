package ru.gramota.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;

/**
 * A request that breaks a rule of the domain: a missing or malformed field. Nothing was written.
 * The REST API answers 400 with the field errors.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends RuntimeException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(
                errors.isEmpty()
                        ? "Invalid input"
                        : errors.get(0).field() + ": " + errors.get(0).message());
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, String message) {
        this(List.of(new FieldError(field, message)));
    }

    public List<FieldError> errors() {
        return errors;
    }

    /** Checks that a text field is present and not longer than allowed; returns it stripped. */
    public static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, "must be at most " + maxLength + " characters");
        }
        return stripped;
    }

    /**
     * The constant of the enum the value names, case and spaces aside.
     *
     * @param allowed what the message says the field must be, e.g. "ORGANISATION or CITIZEN"
     * @throws InvalidInputException naming the field when the value is absent or names no constant
     */
    public static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field, String allowed) {
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidInputException(field, "must be " + allowed);
        }
    }

    /** Like {@link #requireText}, but an absent or blank value gives {@code null}. */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : requireText(value, field, maxLength);
    }
}
