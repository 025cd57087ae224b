package ru.gramota.registry;

/** How a person works on a document. */
public enum ParticipantRole {
    AUTHOR,
    SIGNATORY,
    ADDRESSEE,
    EXECUTOR,
    CONTROLLER
}
