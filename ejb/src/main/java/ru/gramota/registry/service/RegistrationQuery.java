package ru.gramota.registry.service;

import java.time.Instant;

/**
 * A page of the registrations list, newest first. Every criterion is optional; {@code afterId} is
 * the id of the last card of the previous page (keyset paging: a page costs the same at any depth).
 */
public record RegistrationQuery(
        String organisationCode,
        String journalCode,
        String status,
        Instant registeredFrom,
        Instant registeredTo,
        Long afterId,
        int limit) {

    public static final int MAX_LIMIT = 200;

    public RegistrationQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
