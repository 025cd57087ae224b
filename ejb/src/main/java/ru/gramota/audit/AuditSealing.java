package ru.gramota.audit;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;

/**
 * One sealing pass: in a transaction of its own, takes the chain's head row, then gives the unsealed
 * records, oldest number first, the next places of the chain and their hashes. Only the holder of the
 * head row seals, so across all nodes the chain has one order; the transactions that append records
 * never touch that row. A record that commits late with a smaller number than one already sealed
 * simply gets a later place: the pass looks for every unsealed record, not for numbers above a mark.
 */
@Stateless
public class AuditSealing {

    /** The most records one pass seals; the sealer runs passes until one seals fewer. */
    static final int BATCH = 500;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    /**
     * Seals the next records unless another sealer holds the head; with {@code waitForHead} it waits
     * for that sealer to finish instead of giving up.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public SealingPass sealNext(boolean waitForHead) {
        if (em.createQuery("select r.seq from AuditRecord r where r.chainPosition is null")
                .setMaxResults(1)
                .getResultList()
                .isEmpty()) {
            return SealingPass.nothingLeft(); // no lock taken
        }
        // SKIP LOCKED: another node is sealing; this one does nothing rather than wait (H2 and
        // PostgreSQL both understand it).
        String lock = waitForHead ? " for update" : " for update skip locked";
        List<?> held = em.createNativeQuery(
                        "select id from {h-schema}audit_chain where id = " + AuditChainHead.ID + lock)
                .getResultList();
        if (held.isEmpty()) {
            return SealingPass.skipped();
        }
        AuditChainHead head = em.find(AuditChainHead.class, AuditChainHead.ID);
        List<AuditRecord> unsealed = em.createQuery(
                        "select r from AuditRecord r where r.chainPosition is null order by r.seq", AuditRecord.class)
                .setMaxResults(BATCH)
                .getResultList();
        Instant oldest = null;
        for (AuditRecord record : unsealed) {
            head.seal(record);
            oldest = oldest == null || record.occurredAt().isBefore(oldest) ? record.occurredAt() : oldest;
        }
        return unsealed.isEmpty()
                ? SealingPass.nothingLeft()
                : new SealingPass(true, unsealed.size(), head.sealed(), oldest);
    }
}
