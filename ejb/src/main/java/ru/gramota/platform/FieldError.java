package ru.gramota.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What is wrong with one field of a request, in words a user can act on: the field, the {@link Reason}
 * and the values its text names (a limit, a code).
 */
public final class FieldError implements Localized {

    private final String field;
    private final Reason reason;
    private final List<Object> arguments;

    public FieldError(String field, Reason reason, Object... arguments) {
        this.field = field;
        this.reason = Objects.requireNonNull(reason, "reason");
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    /** The request field, as the API names it, e.g. {@code title}. */
    public String field() {
        return field;
    }

    public Reason reason() {
        return reason;
    }

    /** The values the text names, e.g. the maximum length. */
    public List<Object> arguments() {
        return arguments;
    }

    /** The stable name of the reason, e.g. {@code REQUIRED}: the same in every language. */
    public String code() {
        return reason.name();
    }

    /** The text in English, as the API gives it by default. */
    public String message() {
        return message(Locale.ROOT);
    }

    @Override
    public String message(Locale locale) {
        return reason.message(locale, arguments);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FieldError that
                && Objects.equals(field, that.field)
                && reason == that.reason
                && arguments.equals(that.arguments);
    }

    @Override
    public int hashCode() {
        return Objects.hash(field, reason, arguments);
    }

    @Override
    public String toString() {
        return field + ": " + message();
    }
}
