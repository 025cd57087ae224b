package ru.gramota.registry.service;

import java.time.LocalDate;

/**
 * A card to register: the journal (by organisation and journal code), its title [заголовок], the
 * document's date, the ДСП mark, and the case index or department code if the journal's number
 * pattern uses them.
 */
public record NewRegistration(
        String organisationCode,
        String journalCode,
        String title,
        LocalDate documentDate,
        boolean restricted,
        String caseIndex,
        String departmentCode) {}
