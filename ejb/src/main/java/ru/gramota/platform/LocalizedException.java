package ru.gramota.platform;

import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * A refusal the user is told about: its {@link Reason} and the values the reason's text names. The
 * exception's message is the English text, for logs and for the API's default language.
 */
public abstract class LocalizedException extends RuntimeException implements Localized {

    private final Reason reason;
    private final List<?> arguments;

    protected LocalizedException(Reason reason, Object... arguments) {
        super(reason.message(Locale.ROOT, Arrays.asList(arguments)));
        this.reason = reason;
        this.arguments = Collections.unmodifiableList(Arrays.asList(arguments.clone()));
    }

    public Reason reason() {
        return reason;
    }

    /** The stable name of the reason, e.g. {@code UNKNOWN_ORGANISATION}: the same in every language. */
    public String code() {
        return reason.name();
    }

    @Override
    public String message(Locale locale) {
        return reason.message(locale, arguments);
    }

    /**
     * What the refusal lists beside its message: the wrong fields ({@link FieldError}) or rows ({@link
     * RowError}), or what the request conflicts with. None unless a kind of refusal says so.
     */
    public List<?> errors() {
        return List.of();
    }

    /** The problem type that tells this refusal from others of its kind; {@code about:blank} unless said. */
    public String type() {
        return "about:blank";
    }
}
