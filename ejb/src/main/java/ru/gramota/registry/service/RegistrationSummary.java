package ru.gramota.registry.service;

import java.time.Instant;
import java.time.LocalDate;
import ru.gramota.registry.Correspondence;
import ru.gramota.registry.Document;

/** One line of a registrations list: what a clerk scans a journal for. */
public record RegistrationSummary(
        long id,
        String organisationCode,
        String journalCode,
        String kind,
        String number,
        String status,
        String title,
        LocalDate documentDate,
        boolean restricted,
        Long correspondentId,
        String correspondentName,
        String correspondentNumber,
        LocalDate correspondentDate,
        String caseIndex,
        boolean onControl,
        Instant registeredAt) {

    /** Reads only what the list query fetched: organisation, journal, correspondent and case. */
    static RegistrationSummary of(Document d) {
        Correspondence from = d.correspondence();
        return new RegistrationSummary(
                d.id(),
                d.organisation().code(),
                d.journal().code(),
                d.kind() == null ? null : d.kind().name(),
                d.registrationNumber(),
                d.status().name(),
                d.title(),
                d.documentDate(),
                d.restricted(),
                from.correspondent() == null ? null : from.correspondent().id(),
                from.correspondent() == null ? null : from.correspondent().name(),
                from.senderNumber(),
                from.senderDate(),
                d.filing().caseIndex(),
                d.control().onControl(),
                d.registeredAt());
    }
}
