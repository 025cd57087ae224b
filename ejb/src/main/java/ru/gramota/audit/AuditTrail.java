package ru.gramota.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.Json;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.gramota.platform.Actors;
import ru.gramota.platform.Change;

/** Appends to the audit trail, searches it, and checks that its hash chain is intact. */
@Stateless
public class AuditTrail {

    private static final int VERIFY_PAGE = 1000;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /**
     * Records a change, observed in the changing transaction ({@link ru.gramota.platform.Changes}): if
     * the change rolls back, so does its record. Made by the change's actor, or else by the caller.
     * It observes last, because appending holds the chain's head row until the commit.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void on(@Observes @Priority(Interceptor.Priority.PLATFORM_AFTER) Change change) {
        if (!change.audited()) {
            return;
        }
        String actor = change.actor() == null ? Actors.of(context) : change.actor();
        recordAs(actor, change.action(), change.objectType(), change.objectId(), change.before(), change.after());
    }

    /**
     * Records an event that changes nothing kept (a sign-in, a read of a ДСП document) on behalf of a
     * named actor, in the caller's transaction. Changes are recorded through {@link
     * ru.gramota.platform.Changes} instead. States are flat maps of field to value.
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(
            String actor,
            String action,
            String objectType,
            String objectId,
            Map<String, ?> before,
            Map<String, ?> after) {
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID, LockModeType.PESSIMISTIC_WRITE);
        AuditContent content = new AuditContent(
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actor,
                action,
                objectType,
                objectId,
                json(before),
                json(after));
        em.persist(head.append(content));
    }

    /** Records matching the query, newest first. */
    public List<AuditRecord> search(AuditQuery query) {
        CriteriaBuilder cb = em.getCriteriaBuilder();
        CriteriaQuery<AuditRecord> cq = cb.createQuery(AuditRecord.class);
        Root<AuditRecord> r = cq.from(AuditRecord.class);
        List<Predicate> where = new ArrayList<>();
        if (query.actor() != null) {
            where.add(cb.equal(r.get("actor"), query.actor()));
        }
        if (query.objectType() != null) {
            where.add(cb.equal(r.get("objectType"), query.objectType()));
        }
        if (query.objectId() != null) {
            where.add(cb.equal(r.get("objectId"), query.objectId()));
        }
        if (query.from() != null) {
            where.add(cb.greaterThanOrEqualTo(r.get("occurredAt"), query.from()));
        }
        if (query.to() != null) {
            where.add(cb.lessThan(r.get("occurredAt"), query.to()));
        }
        if (query.beforeSeq() != null) {
            where.add(cb.lessThan(r.get("seq"), query.beforeSeq()));
        }
        cq.where(where.toArray(Predicate[]::new)).orderBy(cb.desc(r.get("seq")));
        return em.createQuery(cq).setMaxResults(query.limit()).getResultList();
    }

    /**
     * Reads the whole chain in order and reports the first record that was changed, removed or
     * inserted behind the application's back.
     */
    public AuditVerification verify() {
        long checked = 0;
        long expectedSeq = 1;
        String previousHash = AuditHash.GENESIS;
        List<AuditRecord> page;
        do {
            page = em.createQuery("select r from AuditRecord r where r.seq >= :from order by r.seq", AuditRecord.class)
                    .setParameter("from", expectedSeq)
                    .setMaxResults(VERIFY_PAGE)
                    .getResultList();
            for (AuditRecord record : page) {
                if (record.seq() != expectedSeq) {
                    return AuditVerification.brokenAt(
                            checked, expectedSeq, "record " + expectedSeq + " is missing (deleted)");
                }
                if (!record.prevHash().equals(previousHash)) {
                    return AuditVerification.brokenAt(
                            checked, record.seq(), "record " + record.seq() + " does not follow the record before it");
                }
                if (!AuditHash.of(record.seq(), record.prevHash(), record.content())
                        .equals(record.hash())) {
                    return AuditVerification.brokenAt(
                            checked, record.seq(), "record " + record.seq() + " was changed after it was written");
                }
                previousHash = record.hash();
                expectedSeq++;
                checked++;
            }
            em.clear();
        } while (page.size() == VERIFY_PAGE);
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        if (head.lastSeq() != expectedSeq - 1 || !head.lastHash().equals(previousHash)) {
            return AuditVerification.brokenAt(
                    checked,
                    expectedSeq,
                    "the chain ends at record " + (expectedSeq - 1) + " but its head says " + head.lastSeq()
                            + ": records were removed from the end, or the head was edited");
        }
        return AuditVerification.intact(checked);
    }

    private static String json(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder object = Json.createObjectBuilder();
        state.forEach((field, value) -> {
            if (value == null) {
                object.addNull(field);
            } else if (value instanceof Boolean b) {
                object.add(field, b);
            } else if (value instanceof Long || value instanceof Integer) {
                object.add(field, ((Number) value).longValue());
            } else {
                object.add(field, value.toString());
            }
        });
        return object.build().toString();
    }
}
