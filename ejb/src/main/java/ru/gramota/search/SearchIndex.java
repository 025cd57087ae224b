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
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.index.CorruptIndexException;
import org.apache.lucene.index.IndexFormatTooNewException;
import org.apache.lucene.index.IndexFormatTooOldException;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;

/**
 * This node's Lucene index and the only code that writes it. Writes go through one {@link
 * IndexWriter}, from the indexer alone ({@link JournalIndexer}); each write commits the records with
 * the state that produced them (the journal position, or how far a rebuild got) in the commit's user
 * data, so that a crash loses nothing and repeats nothing. Searches use near-real-time searchers that
 * Lucene's reopen thread refreshes about every 100 ms. The index lives in {@code gramota.index.dir}, by
 * default {@code gramota/index} under the server's data directory ({@link SearchSettings}); an index
 * Lucene cannot open is moved aside and rebuilt.
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

    private FSDirectory directory;
    private IndexWriter writer;
    private SearcherManager searchers;
    private ControlledRealTimeReopenThread<IndexSearcher> refresher;
    private volatile Map<String, String> committed = Map.of();

    @PostConstruct
    void open() {
        Path path = settings.indexDirectory();
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = openWriter(path);
            searchers = new SearcherManager(writer, new FacetedSearcher.Factory());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
        refresher = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
        refresher.setName("gramota-search-refresh");
        refresher.setDaemon(true);
        refresher.start();
        LOG.info(() -> "Search index open at " + path + " with " + records() + " records, " + state());
    }

    private IndexWriter openWriter(Path path) throws IOException {
        try {
            IndexWriter opened = new IndexWriter(directory, config());
            committed = userData(opened);
            return opened;
        } catch (CorruptIndexException | IndexFormatTooOldException | IndexFormatTooNewException e) {
            directory.close();
            Path aside = path.resolveSibling(
                    path.getFileName() + ".damaged-" + Instant.now().toEpochMilli());
            LOG.log(
                    Level.WARNING,
                    "The search index at " + path + " cannot be opened; it is moved to " + aside
                            + " and rebuilt from the database",
                    e);
            Files.move(path, aside);
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            committed = Map.of();
            return new IndexWriter(directory, config());
        }
    }

    private static IndexWriterConfig config() {
        IndexWriterConfig config = new IndexWriterConfig(SearchSchema.russianText());
        config.setRAMBufferSizeMB(64);
        return config;
    }

    private static Map<String, String> userData(IndexWriter writer) {
        Map<String, String> data = new HashMap<>();
        Iterable<Map.Entry<String, String>> live = writer.getLiveCommitData();
        if (live != null) {
            live.forEach(e -> data.put(e.getKey(), e.getValue()));
        }
        return Map.copyOf(data);
    }

    /** The state the last commit stored with the records: the journal position or a rebuild's progress. */
    public Map<String, String> state() {
        return committed;
    }

    /**
     * Writes records, removes others (by {@link IndexRecord#key}) and commits them together with the
     * state that produced them; they are searchable within the refresh interval.
     */
    public void apply(List<IndexRecord> records, Collection<String> removed, Map<String, String> state) {
        try {
            for (IndexRecord record : records) {
                writer.updateDocument(new Term(SearchSchema.KEY, record.key()), RecordDocuments.of(record));
            }
            for (String key : removed) {
                writer.deleteDocuments(new Term(SearchSchema.KEY, key));
            }
            commit(state);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index", e);
        }
    }

    /** Empties the index, committing the state of the rebuild that begins. */
    public void clear(Map<String, String> state) {
        try {
            writer.deleteAll();
            commit(state);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the search index", e);
        }
    }

    private void commit(Map<String, String> state) throws IOException {
        Map<String, String> data = Map.copyOf(state);
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committed = data;
    }

    /** How many records the index holds. */
    public long records() {
        return writer.getDocStats().numDocs;
    }

    /** Runs a read on a current searcher. */
    public <T> T read(Function<FacetedSearcher, T> reading) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return reading.apply((FacetedSearcher) searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the search index", e);
        }
    }

    @PreDestroy
    void close() {
        try {
            if (refresher != null) {
                refresher.close();
            }
            searchers.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            LOG.log(Level.WARNING, "Search index did not close cleanly; Lucene recovers at the next start", e);
        }
    }
}
