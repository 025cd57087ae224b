package ru.gramota.selfcheck;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/** The probe rows of the messaging self-check. */
@Stateless
public class SelfCheckProbes {

    private static final Logger LOG = Logger.getLogger(SelfCheckProbes.class.getName());

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private Clock clock;

    /** Records a probe as sent, in the caller's transaction. */
    public SelfCheckProbe sent(UUID id) {
        SelfCheckProbe probe = new SelfCheckProbe(id, clock.instant());
        em.persist(probe);
        return probe;
    }

    /**
     * Marks a probe received. A message for a probe that was never committed means a send escaped its
     * rolled-back transaction: it is recorded as such and logged, never silently dropped.
     */
    public void received(UUID id, String node) {
        SelfCheckProbe probe = em.find(SelfCheckProbe.class, id);
        if (probe == null) {
            LOG.severe(() -> "Self-check probe " + id + " was received but never committed as sent: a message"
                    + " left a transaction that rolled back. Check that senders use java:/JmsXA.");
            em.persist(SelfCheckProbe.receivedWithoutSending(id, clock.instant(), node));
            return;
        }
        probe.received(clock.instant(), node);
    }

    public Optional<SelfCheckProbe> find(UUID id) {
        return Optional.ofNullable(em.find(SelfCheckProbe.class, id));
    }

    /** Up to {@code limit} ids of probes sent before the cutoff, in id order, after the id {@code after}. */
    public List<UUID> sentBefore(Instant cutoff, UUID after, int limit) {
        return em.createNamedQuery(SelfCheckProbe.SENT_BEFORE, UUID.class)
                .setParameter("cutoff", cutoff)
                .setParameter("after", after)
                .setMaxResults(limit)
                .getResultList();
    }

    public int delete(Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return 0;
        }
        return em.createNamedQuery(SelfCheckProbe.DELETE_BY_IDS)
                .setParameter("ids", ids)
                .executeUpdate();
    }
}
