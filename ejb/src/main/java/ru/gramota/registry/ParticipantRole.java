package ru.gramota.registry;

/** How a person works on a document. */
public enum ParticipantRole {
    AUTHOR,
    SIGNATORY,
    ADDRESSEE,
    EXECUTOR,
    CONTROLLER,
    /** Holds, gave or controls an assignment on it (control of execution): kept apart from the card's own executor. */
    ASSIGNED
}
