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
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.FSDirectory;

/**
 * This node's Lucene index and the only code that touches it. Writes go through one {@link
 * IndexWriter}; searches use near-real-time searchers that Lucene's reopen thread refreshes about
 * every 100 ms. The index lives in {@code gramota.index.dir}, by default {@code gramota/index} under the
 * server's data directory ({@link SearchSettings}).
 */
@Singleton
@Startup
@DependsOn("SettingsCheck")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
public class SearchIndex {

    static final String ID = "id";
    static final String TITLE = "title";
    static final String BODY = "body";

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

    @PostConstruct
    void open() {
        Path path = settings.indexDirectory();
        try {
            Files.createDirectories(path);
            directory = FSDirectory.open(path);
            writer = new IndexWriter(directory, new IndexWriterConfig(RussianAnalysis.russianText()));
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot open the search index at " + path, e);
        }
        refresher = new ControlledRealTimeReopenThread<>(writer, searchers, MAX_STALE_SECONDS, MIN_STALE_SECONDS);
        refresher.setName("gramota-search-refresh");
        refresher.setDaemon(true);
        refresher.start();
        LOG.info(() -> "Search index open at " + path);
    }

    /**
     * Adds or replaces records (by id) and commits, so they survive a restart; they are searchable as
     * soon as this returns.
     */
    public void index(Collection<IndexedText> texts) {
        try {
            for (IndexedText text : texts) {
                Document document = new Document();
                document.add(new StringField(ID, text.id(), Field.Store.YES));
                document.add(new TextField(TITLE, text.title(), Field.Store.NO));
                document.add(new TextField(BODY, text.body(), Field.Store.NO));
                writer.updateDocument(new Term(ID, text.id()), document);
            }
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index", e);
        }
    }

    /**
     * Finds records whose title or text match the words of the query, best first. The query is what a
     * person types: words, "quoted phrases", -exclusions; it never fails on syntax.
     */
    public List<SearchHit> search(String queryText, int limit) {
        SimpleQueryParser parser =
                new SimpleQueryParser(RussianAnalysis.russianText(), Map.of(TITLE, 2.0f, BODY, 1.0f));
        parser.setDefaultOperator(BooleanClause.Occur.MUST);
        Query query = parser.parse(queryText == null ? "" : queryText);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                TopDocs top = searcher.search(query, Math.max(1, limit));
                List<SearchHit> hits = new ArrayList<>(top.scoreDocs.length);
                for (ScoreDoc scoreDoc : top.scoreDocs) {
                    String id = searcher.storedFields().document(scoreDoc.doc).get(ID);
                    hits.add(new SearchHit(id, scoreDoc.score));
                }
                return hits;
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
