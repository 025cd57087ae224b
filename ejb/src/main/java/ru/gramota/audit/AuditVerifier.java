package ru.gramota.audit;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Verifies the audit trail ({@link AuditTrail#verify()}): the sealed chain from its first record to
 * the head kept in the database ({@link ChainWalk}), the heads anchored in this node's anchor file,
 * and that no committed record has waited for its seal longer than the bound.
 */
@Stateless
public class AuditVerifier {

    private static final int PAGE = 1000;

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AuditSealing sealing;

    @Inject
    private AuditSettings settings;

    @Inject
    private Clock clock;

    public AuditVerification verify() {
        AnchorFile anchors = new AnchorFile(settings.anchorFile(), AnchorKey.loadOrCreate(settings.anchorKey()));
        // The anchors first, then the head, then the records: each anchor was written after its head
        // was committed, so every anchored place is within the chain read below.
        try (AnchorFile.Lines anchored = anchors.read()) {
            SealedHead head = em.find(AuditChainHead.class, AuditChainHead.ID).sealed();
            ChainWalk walk = new ChainWalk(anchored, anchors.key());
            Optional<ChainBreak> broken = walk(walk, head);
            if (broken.isEmpty()) {
                broken = end(walk, head);
            }
            if (broken.isPresent()) {
                return AuditVerification.brokenAt(
                        walk.checked(), broken.get().seq(), broken.get().problem());
            }
            return lateRecords(walk.checked());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchor file " + anchors.path(), e);
        }
    }

    /**
     * The end of the walk. One place past the head read before is a record sealed since (the head has
     * moved on: the chain was checked up to it) or one inserted past the head.
     */
    private Optional<ChainBreak> end(ChainWalk walk, SealedHead head) {
        if (walk.position() <= head.position()) {
            return walk.end(head);
        }
        em.clear();
        SealedHead now = em.find(AuditChainHead.class, AuditChainHead.ID).sealed();
        return now.position() >= walk.position() ? Optional.empty() : walk.end(now);
    }

    /** The chain up to one place past the head: a record inserted after the last shows there. */
    private Optional<ChainBreak> walk(ChainWalk walk, SealedHead head) {
        List<AuditRecord> page;
        do {
            page = em.createQuery(
                            "select r from AuditRecord r where r.chainPosition > :after and r.chainPosition <= :last"
                                    + " order by r.chainPosition",
                            AuditRecord.class)
                    .setParameter("after", walk.position())
                    .setParameter("last", head.position() + 1)
                    .setMaxResults(PAGE)
                    .getResultList();
            for (AuditRecord record : page) {
                Optional<ChainBreak> broken = walk.next(record);
                if (broken.isPresent()) {
                    return broken;
                }
            }
            em.clear();
        } while (page.size() == PAGE);
        return Optional.empty();
    }

    /**
     * A record unsealed for longer than the bound is a fault: after one more sealing pass (a record of
     * a long transaction is written long before its commit), any such record is reported.
     */
    private AuditVerification lateRecords(long checked) {
        Instant appendedBefore = clock.instant().minus(AuditSettings.SEALING_BOUND);
        if (oldestUnsealed(appendedBefore).isEmpty()) {
            return AuditVerification.intact(checked);
        }
        try {
            while (sealing.sealNext(true).sealed() == AuditSealing.BATCH) {
                // until everything committed is sealed
            }
        } catch (RuntimeException e) {
            return oldestUnsealed(appendedBefore)
                    .map(r -> AuditVerification.brokenAt(
                            checked, r.seq(), "record " + r.seq() + " cannot be sealed: " + e.getMessage()))
                    .orElse(AuditVerification.intact(checked));
        }
        return oldestUnsealed(appendedBefore)
                .map(r -> AuditVerification.brokenAt(
                        checked,
                        r.seq(),
                        "record " + r.seq() + ", appended at " + r.occurredAt() + ", is still not sealed after "
                                + AuditSettings.SEALING_BOUND.toMillis() + " ms"))
                .orElse(AuditVerification.intact(checked));
    }

    private Optional<AuditRecord> oldestUnsealed(Instant appendedBefore) {
        return em.createQuery(
                        "select r from AuditRecord r where r.chainPosition is null and r.occurredAt < :before"
                                + " order by r.seq",
                        AuditRecord.class)
                .setParameter("before", appendedBefore)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
