package ru.gramota.audit;

import java.time.Instant;

/** What an audit record says, without its place in the chain. States are JSON text or null. */
record AuditContent(
        Instant occurredAt,
        String actor,
        String action,
        String objectType,
        String objectId,
        String beforeState,
        String afterState) {}
