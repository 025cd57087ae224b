package ru.gramota.audit;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.CriteriaQuery;
import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Root;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.gramota.platform.Actors;
import ru.gramota.platform.AfterCommit;
import ru.gramota.platform.Change;

/**
 * Appends to the audit trail, searches it, and checks that its hash chain is intact. Appending takes
 * no lock that another transaction could wait for: the chain is sealed after the commit.
 */
@Stateless
public class AuditTrail {

    /**
     * Looked up once: {@code Json.createParser}, {@code Json.createObjectBuilder} and the like look
     * the provider up through the service loader at every call, a class-path scan that a profile of
     * registrations showed (docs/benchmarks.md).
     */
    private static final JsonProvider JSON = JsonProvider.provider();

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    @Resource
    private TransactionSynchronizationRegistry transactions;

    @EJB
    private AuditSealer sealer;

    @EJB
    private AuditVerifier verifier;

    /**
     * Records a change, observed in the changing transaction ({@link ru.gramota.platform.Changes}): if
     * the change rolls back, so does its record. Made by the change's actor, or else by the caller.
     * It observes last, after what the change itself writes.
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
     *
     * <p>The record is appended unsealed, with its number, and waits for no other transaction; the
     * sealer gives it its place in the hash chain right after the commit ({@link AuditSealer}).
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public void recordAs(
            String actor,
            String action,
            String objectType,
            String objectId,
            Map<String, ?> before,
            Map<String, ?> after) {
        AuditContent content = new AuditContent(
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actor,
                action,
                objectType,
                objectId,
                json(before),
                json(after));
        em.persist(new AuditRecord(content));
        sealAfterCommit();
    }

    /** Once per transaction: when it has committed, the sealer is asked for a pass. */
    private void sealAfterCommit() {
        AfterCommit.once(transactions, AuditSealer.class, sealer::nudge);
    }

    /**
     * Records matching the query, newest first: by number, the order of appending, sealed or not
     * (an unsealed record shows no hashes yet).
     */
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
     * Reads the whole sealed chain in order and reports the first record that was changed, removed or
     * inserted behind the application's back, a chain that differs from a head anchored outside the
     * database, or a record left unsealed longer than a second ({@link AuditVerifier}).
     */
    public AuditVerification verify() {
        return verifier.verify();
    }

    private static String json(Map<String, ?> state) {
        if (state == null) {
            return null;
        }
        JsonObjectBuilder object = JSON.createObjectBuilder();
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
