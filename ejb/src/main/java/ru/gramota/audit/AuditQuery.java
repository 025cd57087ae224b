package ru.gramota.audit;

import java.time.Instant;

/**
 * A search of the audit trail, newest first. Every criterion is optional; {@code beforeSeq} pages
 * backwards from the last record of the previous page.
 */
public record AuditQuery(
        String actor, String objectType, String objectId, Instant from, Instant to, Long beforeSeq, int limit) {

    public static final int MAX_LIMIT = 500;

    public AuditQuery {
        limit = Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
