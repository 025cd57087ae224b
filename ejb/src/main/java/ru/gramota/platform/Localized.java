package ru.gramota.platform;

import java.util.Locale;

/**
 * Something the services say to people, in the language they read: a field or row error, a refused
 * request. The texts come from the catalogue ({@link Reason}); pages ask for {@link #RUSSIAN}, the REST
 * API for the language of the request's {@code Accept-Language}.
 */
public interface Localized {

    /** The language of the user interface. */
    Locale RUSSIAN = Locale.forLanguageTag("ru");

    /** The text in Russian if the locale's language is Russian, in English otherwise. */
    String message(Locale locale);
}
