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
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import java.util.logging.Level;
import java.util.logging.Logger;
import ru.gramota.platform.NodeName;

/**
 * This node's indexer: applies the index journal to the node's Lucene index in id order, right after
 * each local commit that wrote journal rows and every {@code gramota.search.poll-interval} besides
 * (rows other nodes wrote). Every write to the index commits the journal position with it ({@link
 * JournalPosition}), so that after a crash the indexer resumes exactly where the index stands.
 *
 * <p>An index with no position (new, or moved aside as damaged), or one behind rows that are already
 * pruned, is first rebuilt from the records themselves, source by source in id order, its progress
 * committed with each step; then the journal is applied over it from the point it was pruned to when
 * the rebuild began (every change up to there is older than any open transaction, so the records read
 * hold it).
 *
 * <p>Every few seconds the node records its position in the database ({@code index_node}); journal rows
 * that every live node has passed are pruned.
 */
@Singleton
@Startup
@DependsOn({"DatabaseSchema", "SearchIndex"})
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class JournalIndexer {

    static final String REBUILD_TYPE = "rebuild.type";
    static final String REBUILD_AFTER = "rebuild.after";
    /** How far the journal was pruned when the rebuild began: where applying it resumes afterwards. */
    static final String REBUILD_FROM = "rebuild.from";

    /** Journal rows, or records of a rebuild, per write to the index. */
    static final int BATCH = 500;

    private static final Duration REPORT_INTERVAL = Duration.ofSeconds(5);
    private static final Duration PRUNE_INTERVAL = Duration.ofMinutes(1);
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
    private Instant rebuildLoggedAt = Instant.EPOCH;
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

    /** Applies the journal (or a rebuild's steps, then the journal) until nothing is ahead. */
    void catchUp() {
        if (prunedThrough < 0) {
            prunedThrough = feed.prunedThrough();
        }
        boolean more = true;
        while (more && !stopping) {
            Map<String, String> state = index.state();
            Optional<JournalPosition> position = JournalPosition.of(state);
            if (position.isEmpty()) {
                more = state.containsKey(REBUILD_TYPE)
                        ? rebuildStep(state)
                        : beginRebuild("it holds no journal position");
            } else if (position.get().lowWatermark() < prunedThrough) {
                more = beginRebuild("the journal is pruned through " + prunedThrough + ", past its position ("
                        + position.get() + ")");
            } else {
                more = applyJournal(position.get());
            }
        }
    }

    private boolean applyJournal(JournalPosition at) {
        JournalFeed.Batch batch = feed.next(at, BATCH);
        Instant now = clock.instant();
        JournalPosition next = at.after(batch.journalIds(), now).expire(now, settings.gapWait());
        if (!batch.isEmpty() || !next.equals(at)) {
            index.apply(batch.records(), batch.removed(), next.userData());
        }
        return batch.journalIds().size() == BATCH;
    }

    private boolean beginRebuild(String why) {
        List<String> types = feed.entityTypes();
        LOG.info(() -> "The search index is rebuilt from the database: " + why + "; record types " + types);
        prunedThrough = feed.prunedThrough();
        index.clear(
                types.isEmpty()
                        ? JournalPosition.at(prunedThrough).userData()
                        : rebuildState(types.get(0), 0, prunedThrough));
        return true;
    }

    private boolean rebuildStep(Map<String, String> state) {
        String type = state.get(REBUILD_TYPE);
        long after = Long.parseLong(state.getOrDefault(REBUILD_AFTER, "0"));
        long from = Long.parseLong(state.getOrDefault(REBUILD_FROM, "0"));
        JournalFeed.Batch batch = feed.rebuild(type, after, BATCH);
        if (batch.lastId() != after) {
            index.apply(batch.records(), batch.removed(), rebuildState(type, batch.lastId(), from));
            logRebuild(type, batch.lastId());
            return true;
        }
        List<String> types = feed.entityTypes();
        int following = types.indexOf(type) + 1;
        if (following > 0 && following < types.size()) {
            index.apply(List.of(), List.of(), rebuildState(types.get(following), 0, from));
        } else {
            // The rows up to the pruning point are in the records read; those after it are applied now.
            index.apply(List.of(), List.of(), JournalPosition.at(from).userData());
            LOG.info(() -> "Search index rebuilt: " + index.records() + " records; the journal is applied over them");
        }
        return true;
    }

    private static Map<String, String> rebuildState(String type, long after, long from) {
        return Map.of(REBUILD_TYPE, type, REBUILD_AFTER, Long.toString(after), REBUILD_FROM, Long.toString(from));
    }

    private void logRebuild(String type, long after) {
        Instant now = clock.instant();
        if (Duration.between(rebuildLoggedAt, now).toSeconds() >= 10) {
            rebuildLoggedAt = now;
            LOG.info(() ->
                    "Search index rebuild: " + index.records() + " records so far, " + type + " after id " + after);
        }
    }

    private void reportAndPrune() {
        Instant now = clock.instant();
        if (Duration.between(reportedAt, now).compareTo(REPORT_INTERVAL) < 0) {
            return;
        }
        Optional<JournalPosition> applying = JournalPosition.of(index.state());
        JournalPosition position = applying.orElse(JournalPosition.start());
        feed.report(NodeName.current(), position, applying.isEmpty(), feed.behind(position), index.records());
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
