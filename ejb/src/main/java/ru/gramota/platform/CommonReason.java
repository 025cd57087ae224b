package ru.gramota.platform;

/**
 * What any feature says about a field, a request body or a form, and the generic details of the API's problem answers. Each constant's name is its
 * stable {@code code}; the texts are in the one catalogue of {@link ru.gramota.platform.Reason}.
 */
public enum CommonReason implements Reason {

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

    // Codes and versions, which every feature checks
    CODE_FORMAT,
    VERSION_REQUIRED;
}
