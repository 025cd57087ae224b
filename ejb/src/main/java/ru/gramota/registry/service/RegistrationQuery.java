package ru.gramota.registry.service;

import java.time.Instant;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * A page of the registrations list: filters (each optional), the order, and the key of the last
 * card of the previous page.
 *
 * @param oldestFirst registration order instead of the newest first
 * @param afterId the id of the last card of the previous page, or null for the first page
 */
public record RegistrationQuery(
        String organisationCode,
        String journalCode,
        String kind,
        String status,
        Instant registeredFrom,
        Instant registeredTo,
        Long correspondentId,
        Long caseId,
        boolean oldestFirst,
        Long afterId,
        int limit) {

    public static final int MAX_LIMIT = 200;

    public RegistrationQuery {
        if (limit < 1 || limit > MAX_LIMIT) {
            throw new InvalidInputException("limit", CommonReason.OUT_OF_RANGE, 1, MAX_LIMIT);
        }
        if (registeredFrom != null && registeredTo != null && !registeredFrom.isBefore(registeredTo)) {
            throw new InvalidInputException("to", CommonReason.TO_NOT_AFTER_FROM);
        }
    }
}
