package ru.gramota.admin;

import java.time.Instant;
import ru.gramota.audit.AuditRecord;

/** An audit record as the API shows it; states are the JSON text recorded. */
public record AuditRecordView(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String before,
        String after,
        String hash) {

    static AuditRecordView of(AuditRecord r) {
        return new AuditRecordView(
                r.seq(),
                r.occurredAt(),
                r.actor(),
                r.action(),
                r.objectType(),
                r.objectId(),
                r.beforeState().orElse(null),
                r.afterState().orElse(null),
                r.hash());
    }
}
