package ru.gramota.search;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.stream.Collectors;
import ru.gramota.platform.AfterCommit;
import ru.gramota.platform.Change;

/**
 * The search index journal: every change to something searchable writes a row here in the same
 * transaction as the change (hence MANDATORY), so that no node's index can miss it. Each node
 * applies the journal to its Lucene index in id order (ARCHITECTURE.md, Search).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class SearchJournal {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @EJB
    private JournalIndexer indexer;

    /**
     * Writes a row for every searchable record a change made stale, in the changing transaction
     * ({@link ru.gramota.platform.Changes}).
     */
    public void on(@Observes Change change) {
        if (!change.stale().isEmpty()) {
            applyAfterCommit();
        }
        for (Change.Stale stale : change.stale()) {
            if (stale.ids().size() == 1) {
                changed(stale.entityType(), stale.ids().get(0));
            } else {
                changedMany(stale.entityType(), stale.ids());
            }
        }
    }

    /** Once per transaction: when it has committed, this node's indexer is asked for a pass. */
    private void applyAfterCommit() {
        AfterCommit.once(transactions, JournalIndexer.class, indexer::nudge);
    }

    /** The record was created or changed: (re)index it. */
    private void changed(String entityType, long entityId) {
        em.persist(new IndexJournalEntry(entityType, entityId, IndexJournalEntry.Operation.UPSERT, clock.instant()));
    }

    /** The journal's rows for one record, oldest first: what an administrator checks when a search misses it. */
    @TransactionAttribute(TransactionAttributeType.SUPPORTS)
    public List<JournalRow> entries(String entityType, long entityId) {
        return em.createQuery(
                        "select e from IndexJournalEntry e where e.entityType = :type and e.entityId = :id order by e.id",
                        IndexJournalEntry.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .setMaxResults(1000)
                .getResultStream()
                .map(e -> new JournalRow(
                        e.id(), e.entityType(), e.entityId(), e.operation().name(), e.recordedAt()))
                .toList();
    }

    /** A journal row as administrators see it. */
    public record JournalRow(long id, String entityType, long entityId, String operation, Instant recordedAt) {}

    /**
     * Many records were created or changed: one journal row each, written by one multi-row insert per
     * thousand (the journal's identity key would otherwise cost a round trip per row). For bulk
     * writers such as the data generator.
     */
    private void changedMany(String entityType, List<Long> ids) {
        Instant at = clock.instant();
        for (int from = 0; from < ids.size(); from += 1000) {
            // The ids are numbers, so writing them into the statement is safe; one statement per thousand.
            String rows = ids.subList(from, Math.min(from + 1000, ids.size())).stream()
                    .map(id ->
                            "(:type, " + id.longValue() + ", '" + IndexJournalEntry.Operation.UPSERT.name() + "', :at)")
                    .collect(Collectors.joining(", "));
            em.createNativeQuery("insert into {h-schema}index_journal (entity_type, entity_id, operation, recorded_at)"
                            + " values " + rows)
                    .setParameter("type", entityType)
                    .setParameter("at", at)
                    .executeUpdate();
        }
    }

    /** The record is gone: remove it from the index. */
    public void removed(String entityType, long entityId) {
        em.persist(new IndexJournalEntry(entityType, entityId, IndexJournalEntry.Operation.DELETE, clock.instant()));
    }
}
