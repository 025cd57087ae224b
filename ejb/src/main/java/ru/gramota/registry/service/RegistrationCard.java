package ru.gramota.registry.service;

import java.time.Instant;
import java.time.LocalDate;
import ru.gramota.registry.Document;

/** A registration card as the API shows it. */
public record RegistrationCard(
        long id,
        String organisationCode,
        String journalCode,
        String number,
        Integer year,
        Integer sequence,
        String status,
        String title,
        LocalDate documentDate,
        boolean restricted,
        Instant registeredAt,
        String registeredBy,
        Instant cancelledAt,
        String cancellationReason) {

    static RegistrationCard of(Document d) {
        return new RegistrationCard(
                d.id(),
                d.organisation().code(),
                d.journal() == null ? null : d.journal().code(),
                d.registrationNumber(),
                d.registrationYear(),
                d.registrationSequence(),
                d.status().name(),
                d.title(),
                d.documentDate(),
                d.restricted(),
                d.registeredAt(),
                d.registeredBy(),
                d.cancelledAt(),
                d.cancellationReason());
    }
}
