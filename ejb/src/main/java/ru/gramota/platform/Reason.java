package ru.gramota.platform;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The catalogue of what the services tell people: why a field, a row or a request was refused, and
 * the generic details of the API's problem answers. Each constant's name is the stable {@code code}
 * that API clients and pages may rely on; its texts are in {@code reasons.properties} (English, the
 * default) and {@code reasons_ru.properties} (Russian) beside this class.
 *
 * <p>The texts are {@link MessageFormat} patterns: {@code {0}} is the first argument, and an apostrophe
 * is written twice ({@code ''}). Arguments are written as they print (numbers without grouping), a
 * date in Russian as {@code 18.11.2026}, and a {@link Localized} argument in the same language.
 *
 * <p>One enum for the whole application rather than one per feature: the codes are unique by
 * construction, and a translator has one pair of files to keep in step.
 */
public enum Reason implements Localized {

    // Any field
    REQUIRED,
    TOO_LONG,
    TOO_LONG_NOW,
    EITHER,
    ONE_OF,
    REQUIRED_ONE_OF,
    OUT_OF_RANGE,
    NOT_A_DATE,
    NOT_AN_INSTANT,
    TO_NOT_AFTER_FROM,

    // Request bodies and forms
    BODY_REQUIRED,
    BODY_TOO_LARGE,
    BODY_NOT_UTF8,
    BODY_NOT_JSON,
    BODY_NOT_OBJECT,
    BODY_TRAILING_DATA,
    FIELD_UNKNOWN,
    FIELD_TWICE,
    NOT_TEXT,
    NOT_A_WHOLE_NUMBER,
    NOT_A_BOOLEAN,
    NOT_A_LIST,
    FORM_NOT_MULTIPART,
    FORM_UNREADABLE,
    FORM_CUT_SHORT,
    FORM_BOUNDARY_INVALID,
    FORM_PART_MISSING,
    ORGANISATION_PARAMETER_REQUIRED,
    ENTITY_PARAMETERS_REQUIRED,

    // Problem details: what the API answers about a refused request as a whole
    INVALID_FIELDS,
    INVALID_ROWS,
    UNREADABLE_BODY,
    CHANGED_MEANWHILE,
    UNIQUE_VALUE_TAKEN,
    UNEXPECTED_FAILURE,
    REQUEST_REFUSED,
    SIGN_IN_FAILED,

    // Files
    FILE_EMPTY,
    FILE_LARGER_THAN,
    FILE_TOO_LARGE,
    FILE_NOT_UTF8,
    FILE_TYPE_NOT_ACCEPTED,
    FILE_NAME_DISAGREES,
    FILE_NAME_MISSING,
    FILE_NAME_INVALID,

    // Sign-in, accounts, passwords, rights
    SIGN_IN_FIRST,
    ACCOUNT_INACTIVE,
    ONLY_ADMINISTRATOR_OF,
    ONLY_REGION_ADMINISTRATOR,
    OWN_ROLES,
    USERNAME_FORMAT,
    USERNAME_TAKEN,
    UNKNOWN_USER,
    UNKNOWN_ROLE_GRANT,
    PASSWORD_TOO_SHORT,
    PASSWORD_TOO_LONG,
    PASSWORD_CONTAINS_USERNAME,
    PASSWORD_COMMON,
    PASSWORD_ONE_CHARACTER,
    PASSWORD_NOT_CURRENT,
    PASSWORD_IN_LDAP,

    // Signing in through an OpenID Connect provider
    OIDC_ATTEMPT_UNKNOWN,
    OIDC_PROVIDER_UNAVAILABLE,
    OIDC_PROVIDER_REFUSED,
    OIDC_ANSWER_INVALID,
    OIDC_ACCOUNT_REFUSED,

    // Organisations, departments, positions
    CODE_FORMAT,
    ORGANISATION_CODE_TAKEN,
    DEPARTMENT_CODE_TAKEN,
    DEPARTMENT_OF_ANOTHER_ORGANISATION,
    ORGANISATION_CHANGED,
    DEPARTMENT_CHANGED,
    UNKNOWN_ORGANISATION,
    UNKNOWN_DEPARTMENT,
    UNKNOWN_POSITION,

    // Importing an organisation tree
    COLUMNS_MISSING,
    FILE_NO_ROWS,
    FILE_NOT_CSV,
    CODE_TWICE_IN_FILE,
    PARENT_UNKNOWN,
    PARENT_DIFFERS,
    PARENT_CYCLE,
    KIND_DIFFERS,

    // Registry: who may do its work
    ONLY_REGISTRY_REGISTERS,
    ONLY_REGISTRY_CORRECTS,
    ONLY_REGISTRY_CANCELS,
    ONLY_REGISTRY_LINKS,
    ONLY_REGISTRY_ATTACHES,
    ONLY_REGISTRY_KEEPS_CITIZENS,
    ONLY_CLERKS_ADD_CORRESPONDENTS,
    ONLY_CLERKS_UPLOAD,
    ONLY_REGISTRY_LOOKS_UP_EMPLOYEES,
    ONLY_NOMENCLATURE_KEEPERS,

    // Journals and number patterns
    JOURNAL_CODE_TAKEN,
    JOURNAL_REQUIRED,
    UNKNOWN_JOURNAL,
    NUMBER_PATTERN_UNKNOWN_CODES,
    NUMBER_PATTERN_WITHOUT_SEQUENCE,
    NUMBER_NEEDS_CASE,
    NUMBER_NEEDS_DEPARTMENT,
    NUMBER_TOO_LONG,

    // Registration cards
    DOCUMENT_DATE_IN_FUTURE,
    CORRESPONDENT_DATE_IN_FUTURE,
    PAGES_OUT_OF_RANGE,
    DEADLINE_BEFORE_DOCUMENT_DATE,
    DEADLINE_WITHOUT_CONTROL,
    SENDER_REQUIRED,
    SENDER_IS_CITIZEN,
    APPEAL_AUTHOR_REQUIRED,
    APPEAL_AUTHOR_IS_ORGANISATION,
    ADDRESSEE_REQUIRED,
    LETTER_SIGNATORY_REQUIRED,
    DOCUMENT_SIGNATORY_REQUIRED,
    ACT_SIGNATORY_REQUIRED,
    ACT_TYPE,
    NO_SUCH_DEPARTMENT,
    NO_SUCH_CORRESPONDENT,
    NO_SUCH_EMPLOYEE,
    NOT_AN_EMPLOYEE,
    NO_SUCH_CASE,
    VERSION_REQUIRED,
    CARD_CHANGED,
    CASE_INDEX_IN_NUMBER,
    NOT_CORRECTABLE,
    NOT_CANCELLABLE,
    FILES_ONLY_ON_REGISTERED,
    ALREADY_REGISTERED,
    PROBABLE_DUPLICATE,
    NOT_A_PROBABLE_DUPLICATE,
    NOT_AMONG_DUPLICATES,
    UNKNOWN_REGISTRATION,
    UNKNOWN_DOCUMENT,
    UNKNOWN_FILE,
    // The states of a card as the messages above name them ("…, and this one is cancelled")
    CARD_DRAFT,
    CARD_REGISTERED,
    CARD_CANCELLED,

    // Links between documents
    LINK_TARGET_REQUIRED,
    LINK_NUMBER_NOT_FOUND,
    LINK_TYPE_REQUIRED,
    LINK_TO_ITSELF,
    ALREADY_LINKED,

    // Correspondents
    CORRESPONDENT_KIND_REQUIRED,
    CITIZEN_KEEPER_REQUIRED,
    KEEPER_ONLY_FOR_CITIZENS,
    INN_FORMAT,
    NOT_AN_EMAIL,
    UNKNOWN_CORRESPONDENT,

    // Nomenclature of cases
    YEAR_OUT_OF_RANGE,
    CASE_INDEX_FORMAT,
    CASE_TAKEN,
    RETENTION_KIND_REQUIRED,
    RETENTION_YEARS_NOT_IN_LIST,
    RETENTION_YEARS_ONLY_FOR_YEARS,

    // The data generator
    GENERATOR_OFF,
    UNKNOWN_GENERATOR_RUN;

    /** Where the texts are: {@code reasons.properties} and {@code reasons_ru.properties} in this package. */
    private static final String BUNDLE = "ru.gramota.platform.reasons";

    private static final Locale ENGLISH = Locale.ROOT;

    /** A language without its own file gets the English file, never the server's default language. */
    private static final ResourceBundle.Control ENGLISH_UNLESS_FOUND =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    private static final DateTimeFormatter RUSSIAN_DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    /** The text without arguments; for a phrase other texts are built from. */
    @Override
    public String message(Locale locale) {
        return message(locale, List.of());
    }

    /** The text in Russian if the locale's language is Russian, in English otherwise, with the arguments in it. */
    public String message(Locale locale, List<?> arguments) {
        Locale language = isRussian(locale) ? RUSSIAN : ENGLISH;
        ResourceBundle texts =
                ResourceBundle.getBundle(BUNDLE, language, Reason.class.getClassLoader(), ENGLISH_UNLESS_FOUND);
        Object[] written =
                arguments.stream().map(argument -> written(argument, language)).toArray();
        return new MessageFormat(texts.getString(name()), language).format(written);
    }

    private static String written(Object argument, Locale language) {
        if (argument instanceof Localized localized) {
            return localized.message(language);
        }
        if (argument instanceof LocalDate date && RUSSIAN.equals(language)) {
            return date.format(RUSSIAN_DATE);
        }
        return String.valueOf(argument);
    }

    private static boolean isRussian(Locale locale) {
        return locale != null && locale.getLanguage().equals(RUSSIAN.getLanguage());
    }
}
