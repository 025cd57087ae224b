package ru.gramota.registry.service;

import java.time.LocalDate;

/**
 * A card to register: the journal (by organisation and journal code), the document's date (today
 * when absent), its requisites, and, when the clerk was warned of a probable duplicate and
 * registers it all the same, the id of the earlier registration it duplicates.
 */
public record NewRegistration(
        String organisationCode,
        String journalCode,
        LocalDate documentDate,
        CardInput card,
        Long confirmedDuplicateOf) {}
