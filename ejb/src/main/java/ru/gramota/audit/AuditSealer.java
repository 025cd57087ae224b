package ru.gramota.audit;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.EJB;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * This node's sealer: runs sealing passes ({@link AuditSealing}) right after each commit that appended
 * a record, every {@code gramota.audit.seal-interval} (200 ms) besides, and at start-up, so records
 * that a crash left unsealed are sealed before anything else; and anchors the sealed head, signed,
 * in the anchor file and the server log at most every {@code gramota.audit.anchor-interval}. Every
 * node runs one; the head row lets one seal at a time and the others skip.
 */
@Singleton
@Startup
@DependsOn("DatabaseSchema")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AuditSealer {

    private static final Logger LOG = Logger.getLogger(AuditSealer.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @EJB
    private AuditSealing sealing;

    @Inject
    private AuditSettings settings;

    @Inject
    private Clock clock;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final Runnable nudge = this::afterCommit;
    private SealingPace pace;
    private AnchorFile anchors;
    private volatile ScheduledFuture<?> schedule;
    private volatile SealedHead lastSealed;
    private SealedHead lastAnchored;
    private Instant anchoredAt = Instant.EPOCH;
    private boolean failing;

    @PostConstruct
    void start() {
        pace = new SealingPace(AuditSettings.SEALING_BOUND, clock);
        if (!settings.sealer()) {
            LOG.info("Audit sealer is off on this node (gramota.audit.sealer=false): another node seals");
            return;
        }
        AnchorKey key = AnchorKey.loadOrCreate(settings.anchorKey());
        anchors = new AnchorFile(settings.anchorFile(), key);
        long interval = settings.sealInterval().toMillis();
        schedule = executor.scheduleWithFixedDelay(this::run, 0, Math.max(1, interval), TimeUnit.MILLISECONDS);
        LOG.info(() -> String.format(
                "Audit sealer runs every %d ms; sealed heads are anchored in %s, signed with key %s (%s)",
                interval, anchors.path(), key.fingerprint(), settings.anchorKey()));
    }

    @PreDestroy
    void stop() {
        if (schedule == null) {
            return;
        }
        schedule.cancel(false);
        running.lock();
        try {
            anchorIfDue(true);
        } finally {
            running.unlock();
        }
    }

    /**
     * What a transaction that appended a record calls after its commit: a plain callback (no bean
     * call) that asks for a sealing pass now, and waits for it while the sealer is behind ({@link
     * SealingPace}).
     */
    public Runnable nudge() {
        return nudge;
    }

    private void afterCommit() {
        sealSoon();
        try {
            pace.awaitIfBehind();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void sealSoon() {
        if (schedule != null && nudged.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    /** Seals until nothing is left, again if nudged meanwhile; one pass at a time on this node. */
    private void run() {
        if (!running.tryLock()) {
            return; // the pass running now looks again: nudged is set
        }
        try {
            do {
                nudged.set(false);
                sealPending();
                anchorIfDue(false);
            } while (nudged.get());
            failing = false;
        } catch (RuntimeException e) {
            pace.release();
            if (!failing) {
                LOG.log(Level.WARNING, "Audit sealing failed; it is tried again every " + settings.sealInterval(), e);
            }
            failing = true;
        } finally {
            running.unlock();
        }
    }

    private void sealPending() {
        SealingPass pass;
        do {
            pass = sealing.sealNext(false);
            if (pass.sealed() > 0) {
                lastSealed = pass.head();
                pace.sealed(pass.oldest());
            } else if (pass.held()) {
                pace.caughtUp();
            }
        } while (pass.sealed() == AuditSealing.BATCH);
    }

    private void anchorIfDue(boolean now) {
        SealedHead head = lastSealed;
        Instant at = clock.instant();
        if (head == null || head.equals(lastAnchored)) {
            return;
        }
        if (!now && Duration.between(anchoredAt, at).compareTo(settings.anchorInterval()) < 0) {
            return;
        }
        try {
            Anchor anchor = anchors.append(head, at);
            lastAnchored = head;
            anchoredAt = at;
            LOG.info(() -> "Audit head anchored: " + anchor.text());
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Cannot anchor the audit head in " + anchors.path(), e);
        }
    }
}
