package ru.gramota.registry;

import ru.gramota.platform.Reason;

/**
 * What the registry says: who may do its work, journals and number patterns, registration cards, links, correspondents, the nomenclature of cases, the data generator. Each constant's name is its
 * stable {@code code}; the texts are in the one catalogue of {@link ru.gramota.platform.Reason}.
 */
public enum RegistryReason implements Reason {

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
}
