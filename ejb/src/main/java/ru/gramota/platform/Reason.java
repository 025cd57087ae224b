package ru.gramota.platform;

import java.util.List;
import java.util.Locale;

/**
 * What the services tell people: why a field, a row or a request was refused, and the generic
 * details of the API's problem answers. Each feature lists its reasons in an enum of its own that
 * implements this interface ({@link CommonReason} for what any feature says, {@code FileReason},
 * {@code AccessReason}, {@code OrganisationReason}, {@code RegistryReason}); a new feature adds its
 * enum beside its code. Each constant's name is the stable {@code code} that API clients and pages may
 * rely on, unique over all the enums (ReasonTest checks it).
 *
 * <p>The texts stay in one catalogue, {@code reasons.properties} (English, the default) and {@code
 * reasons_ru.properties} (Russian) beside this interface, so that a translator has one pair of files
 * to keep in step. They are {@link java.text.MessageFormat} patterns: {@code {0}} is the first
 * argument, and an apostrophe is written twice ({@code ''}). Arguments are written as they print
 * (numbers without grouping), a date in Russian as {@code 18.11.2026}, and a {@link Localized}
 * argument in the same language.
 */
public interface Reason extends Localized {

    /** The stable code: the enum constant's name. */
    String name();

    /** The text without arguments; for a phrase other texts are built from. */
    @Override
    default String message(Locale locale) {
        return message(locale, List.of());
    }

    /** The text in Russian if the locale's language is Russian, in English otherwise, with the arguments in it. */
    default String message(Locale locale, List<?> arguments) {
        return ReasonTexts.message(name(), locale, arguments);
    }
}
