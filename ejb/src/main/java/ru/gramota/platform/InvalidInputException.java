package ru.gramota.platform;

import jakarta.ejb.ApplicationException;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

/**
 * A request that breaks a rule of the domain: a missing or malformed field. Nothing was written.
 * The REST API answers 400 with the field errors; a page shows each of {@link #errors()} next to its
 * field. Its own {@link #message(Locale)} only says that fields are wrong.
 */
@ApplicationException(rollback = true)
public class InvalidInputException extends LocalizedException {

    private final List<FieldError> errors;

    public InvalidInputException(List<FieldError> errors) {
        super(CommonReason.INVALID_FIELDS);
        this.errors = List.copyOf(errors);
    }

    public InvalidInputException(String field, Reason reason, Object... arguments) {
        this(List.of(new FieldError(field, reason, arguments)));
    }

    @Override
    public List<FieldError> errors() {
        return errors;
    }

    /** The first field and what is wrong with it, in English: for logs. */
    @Override
    public String getMessage() {
        return errors.isEmpty()
                ? super.getMessage()
                : errors.get(0).field() + ": " + errors.get(0).message();
    }

    /** Checks that a text field is present and not longer than allowed; returns it stripped. */
    public static String requireText(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, CommonReason.REQUIRED);
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new InvalidInputException(field, CommonReason.TOO_LONG, maxLength);
        }
        return stripped;
    }

    /** Like {@link #requireText}, but an absent or blank value gives {@code null}. */
    public static String optionalText(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : requireText(value, field, maxLength);
    }

    /**
     * The allowed constant the value names, case and spaces aside.
     *
     * @throws InvalidInputException naming the field and the allowed values when the value is absent or
     *     names none of them
     */
    @SafeVarargs
    public static <E extends Enum<E>> E oneOf(String value, String field, E... allowed) {
        String name = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
        // Only the elements are read (no stream over the array): javac then sees the varargs used safely.
        StringJoiner allButLast = new StringJoiner(", ");
        for (int i = 0; i < allowed.length; i++) {
            if (allowed[i].name().equals(name)) {
                return allowed[i];
            }
            if (i < allowed.length - 1) {
                allButLast.add(allowed[i].name());
            }
        }
        throw new InvalidInputException(
                field, CommonReason.EITHER, allButLast.toString(), allowed[allowed.length - 1].name());
    }
}
