package ru.gramota.admin;

import java.time.Instant;
import ru.gramota.audit.AuditRecord;

/**
 * An audit record as the API shows it; states are the JSON text recorded. {@code redacted} says the
 * states were left out because the reader may not read the document or citizen they describe; the
 * hashes are those of the stored record, whose chain the verification checks, and null for the moment
 * a committed record waits for its seal.
 */
public record AuditRecordView(
        long seq,
        Instant occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String before,
        String after,
        boolean redacted,
        String prevHash,
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
                false,
                r.prevHash(),
                r.hash());
    }

    /** The record without its states: who did what to which object, and when. */
    static AuditRecordView redacted(AuditRecord r) {
        return new AuditRecordView(
                r.seq(),
                r.occurredAt(),
                r.actor(),
                r.action(),
                r.objectType(),
                r.objectId(),
                null,
                null,
                true,
                r.prevHash(),
                r.hash());
    }
}
