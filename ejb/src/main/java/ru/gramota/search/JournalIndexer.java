package ru.gramota.search;

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
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import ru.gramota.platform.NodeName;

/**
 * This node's indexer: applies the index journal to the node's Lucene index in id order, right after
 * each local commit that wrote journal rows and every {@code gramota.search.poll-interval} besides
 * (rows other nodes wrote). Every write to the index commits the journal position with it ({@link
 * JournalPosition}), so that after a crash the indexer resumes exactly where the index stands.
 *
 * <p>An index with no position (new, or moved aside as damaged), or one behind rows that are already
 * pruned, is rebuilt from the records themselves by the rebuild job ({@link IndexRebuilds}, {@link
 * IndexRebuild}), which this indexer starts, or resumes after a crash; an index with no position and
 * nothing to index just takes the journal's position. Meanwhile the live index answers as it can.
 *
 * <p>Every few seconds the node records its position in the database ({@code index_node}), and a
 * rebuild's progress; journal rows that every live node (and rebuild) has passed are pruned.
 */
@Singleton
@Startup
@DependsOn({"DatabaseSchema", "SearchIndex"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalIndexer {

    /** Journal rows per write to the index. */
    static final int BATCH = 500;

    private static final Duration REPORT_INTERVAL = Duration.ofSeconds(5);
    private static final Duration PRUNE_INTERVAL = Duration.ofMinutes(1);
    /** How long after asking for a rebuild the indexer asks again, if its index still needs one. */
    private static final Duration REBUILD_RETRY = Duration.ofMinutes(1);

    private static final Logger LOG = Logger.getLogger(JournalIndexer.class.getName());

    @Resource
    private ManagedScheduledExecutorService executor;

    @EJB
    private SearchIndex index;

    @EJB
    private JournalFeed feed;

    @Inject
    private SearchSettings settings;

    @Inject
    private Clock clock;

    private final ReentrantLock running = new ReentrantLock();
    private final AtomicBoolean nudged = new AtomicBoolean();
    private final Runnable nudge = this::applySoon;
    private volatile ScheduledFuture<?> schedule;
    private volatile boolean stopping;
    private Instant reportedAt = Instant.EPOCH;
    private Instant prunedAt = Instant.EPOCH;
    private Instant rebuildRequestedAt = Instant.EPOCH;
    private long prunedThrough = -1;
    private boolean failing;

    @PostConstruct
    void start() {
        long interval = settings.pollInterval().toMillis();
        schedule = executor.scheduleWithFixedDelay(this::run, 0, Math.max(1, interval), TimeUnit.MILLISECONDS);
        LOG.info(() -> "Search indexer applies the index journal every " + interval + " ms and after each commit");
    }

    @PreDestroy
    void stop() {
        stopping = true;
        if (schedule != null) {
            schedule.cancel(false);
        }
        running.lock();
        running.unlock();
    }

    /** What a transaction that wrote journal rows runs after its commit: a pass now, on another thread. */
    public Runnable nudge() {
        return nudge;
    }

    private void applySoon() {
        if (schedule != null && !stopping && nudged.compareAndSet(false, true)) {
            executor.execute(this::run);
        }
    }

    /** Applies until nothing is left, again if nudged meanwhile; one pass at a time on this node. */
    private void run() {
        if (!running.tryLock()) {
            return; // the pass running now looks again: nudged is set
        }
        try {
            do {
                nudged.set(false);
                catchUp();
            } while (nudged.get() && !stopping);
            reportAndPrune();
            failing = false;
        } catch (RuntimeException e) {
            if (!failing) {
                LOG.log(Level.WARNING, "Search indexing failed; it is tried again every " + settings.pollInterval(), e);
            }
            failing = true;
        } finally {
            running.unlock();
        }
    }

    /** Applies the journal until nothing is ahead, or asks for a rebuild when the index cannot follow it. */
    void catchUp() {
        if (prunedThrough < 0) {
            prunedThrough = feed.prunedThrough();
        }
        Optional<JournalPosition> position = JournalPosition.of(index.state());
        if (position.isEmpty()) {
            requestRebuild("it holds no journal position");
            return;
        }
        if (position.get().lowWatermark() < prunedThrough) {
            requestRebuild(
                    "the journal is pruned through " + prunedThrough + ", past its position (" + position.get() + ")");
            return;
        }
        boolean more = true;
        while (more && !stopping) {
            more = JournalSteps.step(
                    feed, JournalPosition.of(index.state()).orElseThrow(), clock, settings.gapWait(), index::apply);
            // A catch-up under a steady stream of writes may never end: report on the way, not only after.
            reportAndPrune();
        }
    }

    private void requestRebuild(String why) {
        Instant now = clock.instant();
        if (Duration.between(rebuildRequestedAt, now).compareTo(REBUILD_RETRY) < 0) {
            return;
        }
        if (index.state().isEmpty() && feed.spans().values().stream().allMatch(s -> s.count() == 0)) {
            long from = feed.prunedThrough();
            index.apply(List.of(), List.of(), JournalPosition.at(from).userData());
            LOG.info(() -> "The search index is new and there is nothing to index yet: the journal is applied after id "
                    + from);
            return;
        }
        IndexRebuilds rebuilds;
        try {
            rebuilds = InitialContext.doLookup(IndexRebuilds.JNDI_NAME);
        } catch (NamingException e) {
            LOG.fine(() -> "The index rebuild job is not deployed yet: " + e);
            return;
        }
        IndexRebuilds.Rebuild rebuild = rebuilds.rebuild(NodeName.current(), why);
        rebuildRequestedAt = now;
        if (rebuild.outcome() != IndexRebuilds.Outcome.ALREADY_RUNNING) {
            LOG.info(() -> "The search index is rebuilt from the database: " + why + "; job execution "
                    + rebuild.executionId() + " " + rebuild.outcome());
        }
    }

    /**
     * Runs {@code work} while no pass applies the journal to the live index, such as the switch of a
     * rebuilt index: the pass running now finishes first.
     */
    public void exclusively(Runnable work) {
        running.lock();
        try {
            work.run();
        } finally {
            running.unlock();
        }
    }

    private void reportAndPrune() {
        Instant now = clock.instant();
        if (Duration.between(reportedAt, now).compareTo(REPORT_INTERVAL) < 0) {
            return;
        }
        Optional<JournalPosition> applying = JournalPosition.of(index.state());
        JournalPosition position = applying.orElse(JournalPosition.start());
        long lowWatermark = index.buildLowWatermark()
                .map(building -> Math.min(building, position.lowWatermark())) // the rebuild needs the rows after it
                .orElse(position.lowWatermark());
        boolean unusable = applying.isEmpty() || position.lowWatermark() < prunedThrough;
        feed.report(
                NodeName.current(),
                position,
                lowWatermark,
                unusable,
                feed.behind(position),
                index.records(),
                index.rebuildProgress());
        reportedAt = now;
        prunedThrough = feed.prunedThrough();
        if (Duration.between(prunedAt, now).compareTo(PRUNE_INTERVAL) >= 0) {
            prunedAt = now;
            while (!stopping && feed.prune(settings.nodeLiveness(), settings.journalRetention())) {
                LOG.fine("Pruned index journal rows that every live node has applied");
            }
        }
    }

    /** Records this node's position and prunes now, whatever the intervals: for tests and administrators. */
    public void reportNow() {
        running.lock();
        try {
            reportedAt = Instant.EPOCH;
            prunedAt = Instant.EPOCH;
            reportAndPrune();
        } finally {
            running.unlock();
        }
    }
}
