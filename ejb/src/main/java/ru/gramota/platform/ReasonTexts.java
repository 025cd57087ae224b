package ru.gramota.platform;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/** The catalogue's texts: {@code reasons.properties} and {@code reasons_ru.properties} in this package. */
final class ReasonTexts {

    /** Where the texts are: {@code reasons.properties} and {@code reasons_ru.properties} in this package. */
    private static final String BUNDLE = "ru.gramota.platform.reasons";

    private static final Locale ENGLISH = Locale.ROOT;

    /** A language without its own file gets the English file, never the server's default language. */
    private static final ResourceBundle.Control ENGLISH_UNLESS_FOUND =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    private ReasonTexts() {}

    /** The text of a code in Russian if the locale's language is Russian, in English otherwise, with the arguments in it. */
    static String message(String code, Locale locale, List<?> arguments) {
        Locale language = isRussian(locale) ? Localized.RUSSIAN : ENGLISH;
        ResourceBundle texts =
                ResourceBundle.getBundle(BUNDLE, language, Reason.class.getClassLoader(), ENGLISH_UNLESS_FOUND);
        Object[] written =
                arguments.stream().map(argument -> written(argument, language)).toArray();
        return new MessageFormat(texts.getString(code), language).format(written);
    }

    private static String written(Object argument, Locale language) {
        if (argument instanceof Localized localized) {
            return localized.message(language);
        }
        if (argument instanceof LocalDate date && Localized.RUSSIAN.equals(language)) {
            return date.format(RUSSIAN_DATE);
        }
        return String.valueOf(argument);
    }

    private static boolean isRussian(Locale locale) {
        return locale != null && locale.getLanguage().equals(Localized.RUSSIAN.getLanguage());
    }
}
