package ru.gramota.control;

/** What happened to an assignment: one row of its history per transition and per change of deadline. */
public enum EventKind {
    ISSUED,
    STARTED,
    DELEGATED,
    REPORTED,
    RETURNED,
    ACCEPTED,
    WITHDRAWN,
    EXTENSION_REQUESTED,
    EXTENSION_APPROVED,
    EXTENSION_REFUSED,
    DEADLINE_CHANGED
}
