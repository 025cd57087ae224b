package ru.gramota.search;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;

/**
 * This node's Lucene index and the only code that writes it. The live index is written by the
 * indexer alone ({@link JournalIndexer}); each write commits the records with the journal position
 * that produced them in the commit's user data, so that a crash loses nothing and repeats nothing.
 * Searches use near-real-time searchers that Lucene's reopen thread refreshes about every 100 ms.
 *
 * <p>A rebuild ({@link IndexRebuild}) writes a new index in a directory beside the live one while
 * searches go on in the live one, then {@link #promote promotes} it: from one search to the next, the
 * node searches the new index, and the old directory is deleted. The layout is {@link IndexRoot}'s, in
 * {@code gramota.index.dir} (by default {@code gramota/index} under the server's data directory). An
 * index Lucene cannot open is moved aside and an empty one takes its place, which the indexer rebuilds.
 */
@Singleton
@Startup
@DependsOn("SettingsCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    private static final Logger LOG = Logger.getLogger(SearchIndex.class.getName());
    /** Searchers are refreshed about every 100 ms (ARCHITECTURE.md), sooner when someone waits. */
    private static final double MAX_STALE_SECONDS = 0.1;

    private static final double MIN_STALE_SECONDS = 0.01;

    @Inject
    private SearchSettings settings;

    @Inject
    private Clock clock;

    /** Searches and writes hold it shared; a promotion holds it alone, for the moment of the switch. */
    private final ReentrantReadWriteLock switching = new ReentrantReadWriteLock();

    private IndexRoot root;
    private volatile IndexGeneration live;
    private SearcherManager searchers;
    private ControlledRealTimeReopenThread<IndexSearcher> refresher;
    private volatile IndexGeneration build;
    private Instant buildOpenedAt;
    private long buildWalkedAtOpen;

    @PostConstruct
    void open() {
        root = new IndexRoot(settings.indexDirectory(), clock);
        live = openLive(root.current());
        startSearchers();
        LOG.info(() -> "Search index open at " + live.path() + " with " + records() + " records, " + state());
    }

    private IndexGeneration openLive(String name) {
        Path path = root.path(name);
        try {
            Files.createDirectories(path);
            try {
                return IndexGeneration.open(name, path);
            } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
                Path aside = root.moveAside(name);
                LOG.log(
                        Level.WARNING,
                        "The search index at " + path + " cannot be opened; it is moved to " + aside
                                + " and rebuilt from the database",
                        e);
                Files.createDirectories(path);
                return IndexGeneration.open(name, path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
    }

    private void startSearchers() {
        try {
            searchers = new SearcherManager(live.writer(), new FacetedSearcher.Factory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + live.path(), e);
        }
        refresher =
                new ControlledRealTimeReopenThread<>(live.writer(), searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
        refresher.setName("gramota-search-refresh");
        refresher.setDaemon(true);
        refresher.start();
    }

    /** The state the live index's last commit stored with the records: its journal position, or none. */
    public Map<String, String> state() {
        return live.state();
    }

    /**
     * Writes records to the live index, removes others (by {@link IndexRecord#key}) and commits them
     * together with the state that produced them; they are searchable within the refresh interval.
     */
    public void apply(List<IndexRecord> records, Collection<String> removed, Map<String, String> state) {
        shared(() -> live.commit(records, removed, previous -> state));
    }

    /** Whether {@code name} is the live index's directory: a rebuild that a crash interrupted after its switch. */
    public boolean isLive(String name) {
        return live.name().equals(name);
    }

    /** How many records the live index holds. */
    public long records() {
        return live.records();
    }

    /** Runs a read on a current searcher of the live index. */
    public <T> T read(Function<FacetedSearcher, T> reading) {
        Lock lock = switching.readLock();
        lock.lock();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.apply((FacetedSearcher) searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        } finally {
            lock.unlock();
        }
    }

    private void shared(Runnable writing) {
        Lock lock = switching.readLock();
        lock.lock();
        try {
            writing.run();
        } finally {
            lock.unlock();
        }
    }

    /**
     * Begins a rebuild in a new directory {@code name} (emptied if it exists), committing {@code state};
     * directories that earlier rebuilds left unfinished are deleted.
     */
    public synchronized void beginBuild(String name, Map<String, String> state) {
        closeBuild();
        root.otherRebuilds(Set.of(name, live.name())).forEach(root::delete);
        root.delete(name);
        openBuild(name).clear(state);
    }

    /**
     * Whether the rebuild in directory {@code name} can go on: its directory is there with what it
     * committed (its plan and progress, or its journal position once its records are in), or is live
     * already, switched before a crash. A rebuild whose directory was deleted with the index cannot
     * resume: a new one starts instead.
     */
    public synchronized boolean resumable(String name) {
        if (live.name().equals(name)) {
            return true;
        }
        if (!name.matches(IndexRebuild.DIRECTORY_PREFIX + "[0-9]{1,19}") || !Files.isDirectory(root.path(name))) {
            return false;
        }
        return !openBuild(name).state().isEmpty();
    }

    /** The state of the rebuild in directory {@code name}, opened again after a restart of the node. */
    public synchronized Map<String, String> buildState(String name) {
        return openBuild(name).state();
    }

    private IndexGeneration openBuild(String name) {
        if (!name.matches(IndexRebuild.DIRECTORY_PREFIX + "[0-9]{1,19}")) {
            throw new IllegalArgumentException("Not the directory of a rebuilt search index: " + name);
        }
        if (build != null && build.name().equals(name)) {
            return build;
        }
        if (live.name().equals(name)) {
            throw new IllegalStateException("The rebuilt search index " + name + " is live already");
        }
        closeBuild();
        try {
            Files.createDirectories(root.path(name));
            build = IndexGeneration.open(name, root.path(name));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the rebuilt search index at " + root.path(name), e);
        }
        buildOpenedAt = clock.instant();
        buildWalkedAtOpen = RebuildState.walked(build.state());
        return build;
    }

    private void closeBuild() {
        if (build != null) {
            try {
                build.close();
            } catch (IOException e) {
                LOG.log(Level.WARNING, "The rebuilt search index " + build.path() + " did not close cleanly", e);
            }
            build = null;
        }
    }

    /** Writes a partition's records to the rebuild in {@code name} and records how many it has walked in all. */
    public void addToBuild(
            String name, List<IndexRecord> records, Collection<String> removed, int partition, long walked) {
        current(name).commit(records, removed, state -> RebuildState.withWalked(state, partition, walked));
    }

    /** Applies journal rows to the rebuild in {@code name}, committing {@code state} (its journal position). */
    public void applyToBuild(
            String name, List<IndexRecord> records, Collection<String> removed, Map<String, String> state) {
        current(name).commit(records, removed, previous -> state);
    }

    private IndexGeneration current(String name) {
        IndexGeneration building = build;
        if (building == null || !building.name().equals(name)) {
            throw new IllegalStateException("The search index rebuild " + name + " is not open on this node");
        }
        return building;
    }

    /** How the rebuild under way on this node is going, if one is. */
    public Optional<JournalFeed.RebuildProgress> rebuildProgress() {
        IndexGeneration building = build;
        if (building == null || !RebuildState.isRebuild(building.state())) {
            return Optional.empty();
        }
        Map<String, String> state = building.state();
        long walked = RebuildState.walked(state);
        long total = RebuildState.total(state);
        double seconds =
                Math.max(1, Duration.between(buildOpenedAt, clock.instant()).toMillis()) / 1000.0;
        double rate = (walked - buildWalkedAtOpen) / seconds;
        return Optional.of(new JournalFeed.RebuildProgress(Math.min(walked, total), total, rate));
    }

    /**
     * The journal id at or below which the rebuild under way on this node has everything, if one is:
     * rows after it must not be pruned until it is live.
     */
    public Optional<Long> buildLowWatermark() {
        IndexGeneration building = build;
        if (building == null) {
            return Optional.empty();
        }
        Map<String, String> state = building.state();
        return RebuildState.isRebuild(state)
                ? Optional.of(RebuildState.from(state).lowWatermark())
                : JournalPosition.of(state).map(JournalPosition::lowWatermark);
    }

    /**
     * Makes the rebuild in {@code name} the live index: searches that run now finish on the old one,
     * the next ones run on the new one; the pointer names it from now on and the old directory goes.
     */
    public synchronized void promote(String name) {
        IndexGeneration promoted = current(name);
        IndexGeneration old;
        Lock lock = switching.writeLock();
        lock.lock();
        try {
            stopSearchers();
            old = live;
            live = promoted;
            build = null;
            startSearchers();
            root.point(name);
        } finally {
            lock.unlock();
        }
        try {
            old.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "The replaced search index " + old.path() + " did not close cleanly", e);
        }
        root.delete(old.name());
        LOG.info(() -> "Search index switched to " + promoted.path() + " with " + records() + " records");
    }

    private void stopSearchers() {
        try {
            refresher.close();
            searchers.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search index searchers did not close cleanly", e);
        }
    }

    @PreDestroy
    synchronized void close() {
        closeBuild();
        stopSearchers();
        try {
            live.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search index did not close cleanly; Lucene recovers at the next start", e);
        }
    }
}
