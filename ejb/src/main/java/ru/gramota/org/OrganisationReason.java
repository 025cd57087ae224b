package ru.gramota.org;

import ru.gramota.platform.Reason;

/**
 * What the organisation structure and its import say. Each constant's name is its
 * stable {@code code}; the texts are in the one catalogue of {@link ru.gramota.platform.Reason}.
 */
public enum OrganisationReason implements Reason {

    // Organisations, departments, positions
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
    KIND_DIFFERS;
}
