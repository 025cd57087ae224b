package ru.gramota.registry.service;

import ru.gramota.registry.RegistrationJournal;

/** A registration journal as the API shows it. */
public record JournalView(
        String organisationCode, String code, String name, String documentKind, String numberPattern) {

    static JournalView of(RegistrationJournal j) {
        return new JournalView(
                j.organisation().code(),
                j.code(),
                j.name(),
                j.documentKind().name(),
                j.numberPattern().pattern());
    }
}
