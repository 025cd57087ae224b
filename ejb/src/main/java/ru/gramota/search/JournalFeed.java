package ru.gramota.search;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Logger;
import java.util.stream.Stream;

/**
 * What the indexer reads from the database, each call in a transaction of its own: the journal rows
 * ahead of a position with the records they name, as the sources describe them now; a rebuild's next
 * records; and the nodes' positions, by which the journal is pruned.
 */
@Stateless
public class JournalFeed {

    private static final Logger LOG = Logger.getLogger(JournalFeed.class.getName());

    /** The most journal ids one pruning transaction passes. */
    static final long PRUNE_STEP = 50_000;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    @Any
    private Instance<SearchSource> sources;

    @Inject
    private Clock clock;

    /** What to write to the index: records to (re)write, keys to remove, and the journal ids applied. */
    public record Batch(List<IndexRecord> records, Set<String> removed, List<Long> journalIds) {

        boolean isEmpty() {
            return journalIds.isEmpty() && records.isEmpty() && removed.isEmpty();
        }
    }

    /** The journal's rows after {@code position} (and in its gaps), up to {@code limit}, with their records. */
    public Batch next(JournalPosition position, int limit) {
        String query = "select e from IndexJournalEntry e where e.id > :applied"
                + (position.gaps().isEmpty() ? "" : " or e.id in :gaps")
                + " order by e.id";
        TypedQuery<IndexJournalEntry> rows = em.createQuery(query, IndexJournalEntry.class)
                .setParameter("applied", position.applied())
                .setMaxResults(limit);
        if (!position.gaps().isEmpty()) {
            rows.setParameter("gaps", position.gaps());
        }
        List<IndexJournalEntry> entries = rows.getResultList();
        Map<String, Map<Long, IndexJournalEntry.Operation>> latest = new LinkedHashMap<>();
        for (IndexJournalEntry entry : entries) {
            latest.computeIfAbsent(entry.entityType(), t -> new LinkedHashMap<>())
                    .put(entry.entityId(), entry.operation());
        }
        List<IndexRecord> records = new ArrayList<>();
        Set<String> removed = new LinkedHashSet<>();
        Map<SearchSource, Set<Long>> stale = new HashMap<>();
        latest.forEach((journalType, operations) -> {
            Optional<SearchSource> source = sourceFor(journalType);
            if (source.isEmpty()) {
                LOG.warning(() -> "No search source indexes " + journalType + "; its journal rows are skipped");
                return;
            }
            SearchSource s = source.get();
            Set<Long> upserted = new HashSet<>();
            operations.forEach((id, operation) -> {
                if (operation == IndexJournalEntry.Operation.DELETE && journalType.equals(s.entityType())) {
                    removed.add(IndexRecord.key(s.entityType(), id));
                } else {
                    upserted.add(id);
                }
            });
            if (!upserted.isEmpty()) {
                stale.computeIfAbsent(s, x -> new HashSet<>()).addAll(s.owners(journalType, upserted));
            }
        });
        stale.forEach((source, ids) -> describe(source, ids, records, removed));
        List<Long> ids = entries.stream().map(IndexJournalEntry::id).toList();
        return new Batch(records, removed, ids);
    }

    /** A rebuild's page: the records of ids walked, those to remove (gone or not searchable), and the last id. */
    public record Page(List<IndexRecord> records, Set<String> removed, int walked, long lastId) {}

    /**
     * A rebuild's next page: the records of the source of {@code entityType} with ids above {@code after}
     * and at most {@code through}, up to {@code limit} ids.
     */
    public Page rebuild(String entityType, long after, long through, int limit) {
        SearchSource source = sourceFor(entityType)
                .orElseThrow(() -> new IllegalStateException("No search source for " + entityType));
        List<Long> ids =
                source.ids(after, limit).stream().filter(id -> id <= through).toList();
        List<IndexRecord> records = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        describe(source, ids, records, removed);
        return new Page(records, removed, ids.size(), ids.isEmpty() ? after : ids.get(ids.size() - 1));
    }

    /** How the records of every source lie, by entity type, in the order a rebuild walks them. */
    public Map<String, SearchSource.Span> spans() {
        Map<String, SearchSource.Span> spans = new LinkedHashMap<>();
        sources.stream()
                .sorted(Comparator.comparing(SearchSource::entityType))
                .forEach(s -> spans.put(s.entityType(), s.span()));
        return spans;
    }

    private static void describe(
            SearchSource source, Collection<Long> ids, List<IndexRecord> records, Set<String> removed) {
        Set<Long> missing = new HashSet<>(ids);
        for (IndexRecord record : source.records(ids)) {
            missing.remove(record.entityId());
            records.add(record);
            removed.remove(record.key());
        }
        missing.forEach(id -> removed.add(IndexRecord.key(source.entityType(), id)));
    }

    private Optional<SearchSource> sourceFor(String journalType) {
        return sources.stream()
                .filter(s -> s.journalTypes().contains(journalType))
                .min(Comparator.comparing(s -> s.entityType().equals(journalType) ? 0 : 1));
    }

    /** Where a rebuild that begins now starts applying the journal ({@link JournalPosition#scanned}). */
    public JournalPosition committedAfter(long from, Instant now) {
        try (Stream<Long> ids = em.createQuery(
                        "select e.id from IndexJournalEntry e where e.id > :from order by e.id", Long.class)
                .setParameter("from", from)
                .setHint("org.hibernate.fetchSize", 10_000)
                .getResultStream()) {
            return JournalPosition.scanned(from, ids.mapToLong(Long::longValue).iterator(), now);
        }
    }

    /** How many journal rows are ahead of the position. */
    public long behind(JournalPosition position) {
        return em.createQuery("select count(e) from IndexJournalEntry e where e.id > :applied", Long.class)
                .setParameter("applied", position.applied())
                .getSingleResult();
    }

    /** The id at or below which the journal has been pruned. */
    public long prunedThrough() {
        return ((Number) em.createNativeQuery("select through from {h-schema}index_journal_pruned where id = 1")
                        .getSingleResult())
                .longValue();
    }

    /**
     * Where a node's index stands, as it last reported: the largest journal id applied, the id below
     * which everything is applied, how many rows were ahead, how many records it holds, whether it is
     * rebuilding, and when it reported.
     */
    public record NodeState(
            String node,
            long applied,
            long lowWatermark,
            long behind,
            long records,
            boolean rebuilding,
            Instant reportedAt,
            RebuildProgress rebuild) {}

    /**
     * How a rebuild is going: records walked of the total, records a second since the job (re)started,
     * and the seconds it should still take at that rate (null until it has a rate).
     */
    public record RebuildProgress(long done, long total, double perSecond) {

        public Long etaSeconds() {
            return perSecond > 0 ? Math.round((total - done) / perSecond) : null;
        }

        public int percent() {
            return total == 0 ? 100 : (int) (100 * done / total);
        }
    }

    /** Every node that has reported, by name. */
    public List<NodeState> nodes() {
        List<NodeState> nodes = new ArrayList<>();
        for (Object row : em.createNativeQuery(
                        "select node, applied, low_watermark, behind, records, rebuilding,"
                                + " updated_at, rebuild_done, rebuild_total, rebuild_rate from {h-schema}index_node order by node")
                .getResultList()) {
            Object[] r = (Object[]) row;
            nodes.add(new NodeState(
                    (String) r[0],
                    ((Number) r[1]).longValue(),
                    ((Number) r[2]).longValue(),
                    ((Number) r[3]).longValue(),
                    ((Number) r[4]).longValue(),
                    (Boolean) r[5],
                    instant(r[6]),
                    r[7] == null
                            ? null
                            : new RebuildProgress(
                                    ((Number) r[7]).longValue(),
                                    ((Number) r[8]).longValue(),
                                    ((Number) r[9]).doubleValue())));
        }
        return nodes;
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant instant) {
            return instant;
        }
        if (value instanceof java.time.OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((java.sql.Timestamp) value).toInstant();
    }

    /**
     * Records where this node's index stands, for pruning and administrators: its position; the low
     * watermark that holds back pruning (lower than the position's while a rebuild needs older rows);
     * whether the live index must be rebuilt before it answers in full; and how a rebuild is going.
     */
    public void report(
            String node,
            JournalPosition position,
            long lowWatermark,
            boolean rebuilding,
            long behind,
            long records,
            Optional<RebuildProgress> progress) {
        if (em.createNativeQuery("update {h-schema}index_node set updated_at = ?1 where node = ?2")
                        .setParameter(1, clock.instant())
                        .setParameter(2, node)
                        .executeUpdate()
                == 0) {
            em.createNativeQuery("insert into {h-schema}index_node"
                            + " (node, applied, low_watermark, behind, records, updated_at, rebuilding)"
                            + " values (?1, 0, 0, 0, 0, ?2, true)")
                    .setParameter(1, node)
                    .setParameter(2, clock.instant())
                    .executeUpdate();
        }
        em.createNativeQuery("update {h-schema}index_node set applied = ?1, low_watermark = ?2, behind = ?3,"
                        + " records = ?4, rebuilding = ?5 where node = ?6")
                .setParameter(1, position.applied())
                .setParameter(2, lowWatermark)
                .setParameter(3, behind)
                .setParameter(4, records)
                .setParameter(5, rebuilding)
                .setParameter(6, node)
                .executeUpdate();
        if (progress.isPresent()) {
            em.createNativeQuery("update {h-schema}index_node set rebuild_done = ?1, rebuild_total = ?2,"
                            + " rebuild_rate = ?3 where node = ?4")
                    .setParameter(1, progress.get().done())
                    .setParameter(2, progress.get().total())
                    .setParameter(3, progress.get().perSecond())
                    .setParameter(4, node)
                    .executeUpdate();
        } else {
            em.createNativeQuery("update {h-schema}index_node set rebuild_done = null, rebuild_total = null,"
                            + " rebuild_rate = null where node = ?1")
                    .setParameter(1, node)
                    .executeUpdate();
        }
    }

    /**
     * Removes journal rows that every node seen within {@code liveness} has passed and that are older
     * than {@code retention} (kept that long for administrators who ask why a search misses a record),
     * up to {@link #PRUNE_STEP} ids' worth, and records the largest id removed. Returns whether it
     * removed any: call again while it does.
     */
    public boolean prune(Duration liveness, Duration retention) {
        Instant now = clock.instant();
        Number passed = (Number)
                em.createNativeQuery("select min(low_watermark) from {h-schema}index_node where updated_at >= ?1")
                        .setParameter(1, now.minus(liveness))
                        .getSingleResult();
        long pruned = prunedThrough();
        if (passed == null || passed.longValue() <= pruned) {
            return false;
        }
        Long through = em.createQuery(
                        "select max(e.id) from IndexJournalEntry e where e.id <= :through and e.recordedAt < :cutoff",
                        Long.class)
                .setParameter("through", Math.min(passed.longValue(), pruned + PRUNE_STEP))
                .setParameter("cutoff", now.minus(retention))
                .getSingleResult();
        if (through == null || through <= pruned) {
            return false;
        }
        em.createQuery("delete from IndexJournalEntry e where e.id <= :through")
                .setParameter("through", through)
                .executeUpdate();
        em.createNativeQuery("update {h-schema}index_journal_pruned set through = ?1 where id = 1 and through < ?1")
                .setParameter(1, through)
                .executeUpdate();
        return true;
    }
}
