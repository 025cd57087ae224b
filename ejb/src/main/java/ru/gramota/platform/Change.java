package ru.gramota.platform;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One change to something the installation keeps, as every feature reports it: what was done
 * ({@code action}) to which object, its state before and after (flat maps of field to value,
 * {@code null} for "did not exist"), who did it ({@code null}: the caller of the changing
 * transaction), which searchable records it leaves stale, and whether it gets an audit record of
 * its own (every change does, except the chunks of a bulk run, which is audited once as a whole). A feature builds one and hands it to
 * {@link Changes#record}, once per change; what must follow every change (the audit record, the
 * search journal's rows, later dispatch's outbox) observes it in the changing transaction.
 *
 * <pre>{@code
 * changes.record(Change.of("EDIT", DOCUMENT, id).states(before, document.auditState()).reindexing(DOCUMENT, id));
 * }</pre>
 */
public record Change(
        String actor,
        String action,
        String objectType,
        String objectId,
        Map<String, ?> before,
        Map<String, ?> after,
        List<Stale> stale,
        boolean audited) {

    public Change {
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(objectId, "objectId");
        before = before == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(before));
        after = after == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(after));
        stale = List.copyOf(stale);
    }

    /** Records of one searchable type that the change made stale: the search journal re-indexes them. */
    public record Stale(String entityType, List<Long> ids) {

        public Stale {
            Objects.requireNonNull(entityType, "entityType");
            ids = List.copyOf(ids);
        }
    }

    /** A change by the caller with no states and nothing to re-index; add them with the methods below. */
    public static Change of(String action, String objectType, Object objectId) {
        return new Change(
                null,
                action,
                objectType,
                String.valueOf(Objects.requireNonNull(objectId, "objectId")),
                null,
                null,
                List.of(),
                true);
    }

    /**
     * Part of a bulk run that is audited once as a whole (the data generator's chunks): it only makes
     * many records stale, and gets no audit record of its own.
     */
    public static Change withinAuditedRun(String entityType, List<Long> ids) {
        return new Change(null, "BULK_WRITE", entityType, "", null, null, List.of(new Stale(entityType, ids)), false);
    }

    /** The same change with the object's state before and after it. */
    public Change states(Map<String, ?> before, Map<String, ?> after) {
        return new Change(actor, action, objectType, objectId, before, after, stale, audited);
    }

    /** The same change made on behalf of a named actor rather than the caller (a job, the system). */
    public Change by(String actor) {
        return new Change(
                Objects.requireNonNull(actor, "actor"), action, objectType, objectId, before, after, stale, audited);
    }

    /** The same change, also making one searchable record stale. */
    public Change reindexing(String entityType, long id) {
        return reindexing(entityType, List.of(id));
    }

    /** The same change, also making many searchable records of one type stale (a bulk write). */
    public Change reindexing(String entityType, List<Long> ids) {
        List<Stale> more = new ArrayList<>(stale);
        more.add(new Stale(entityType, ids));
        return new Change(actor, action, objectType, objectId, before, after, more, audited);
    }
}
