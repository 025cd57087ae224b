package ru.gramota.registry;

/** Where a document is in its life as a registered record. */
public enum DocumentStatus {
    /** Not registered yet: no number. */
    DRAFT,
    /** Registered under its number. */
    REGISTERED,
    /** Registration cancelled: it keeps its number, so the gap is explained. */
    CANCELLED
}
