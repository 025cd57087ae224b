package ru.gramota.platform;

import java.util.Locale;
import java.util.Objects;

/** What is wrong with one field of one row of an imported file; line 1 is the header. */
public final class RowError implements Localized {

    private final long line;
    private final FieldError error;

    public RowError(long line, String field, Reason reason, Object... arguments) {
        this(line, new FieldError(field, reason, arguments));
    }

    /** The error a field of this row got where the field was checked on its own. */
    public RowError(long line, FieldError error) {
        this.line = line;
        this.error = Objects.requireNonNull(error, "error");
    }

    public long line() {
        return line;
    }

    /** The column, as the header names it, e.g. {@code parent}. */
    public String field() {
        return error.field();
    }

    public Reason reason() {
        return error.reason();
    }

    /** The stable name of the reason, e.g. {@code REQUIRED}: the same in every language. */
    public String code() {
        return error.code();
    }

    /** The text in English, as the API gives it by default. */
    public String message() {
        return error.message();
    }

    @Override
    public String message(Locale locale) {
        return error.message(locale);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof RowError that && line == that.line && error.equals(that.error);
    }

    @Override
    public int hashCode() {
        return Objects.hash(line, error);
    }

    @Override
    public String toString() {
        return line + ": " + error;
    }
}
