package ru.gramota.search;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.IntConsumer;
import java.util.logging.Logger;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.IOUtils;
import ru.gramota.platform.InvalidInputException;

/**
 * Search measured where it runs, beside raw Lucene in the same run (scripts/benchmark-search.sh):
 * queries through {@link Search} as a clerk asks them, the same queries on the same index with no
 * access filter, no highlights and no mapping (top 20 with their stored fields and the facet counts),
 * and indexing of the records a rebuild writes straight into a fresh Lucene index with the same
 * analysis. Called only through the data generator's gate (an installation with
 * GRAMOTA_GENERATOR_ENABLED, an installation administrator).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchBenchmark {

    private static final Logger LOG = Logger.getLogger(SearchBenchmark.class.getName());
    private static final int TOP = 20;
    private static final int PAGE = 1_000;

    @EJB
    private Search search;

    @EJB
    private SearchIndex index;

    @EJB
    private JournalFeed feed;

    @Inject
    private SearchSettings settings;

    @Inject
    private ReaderKeys readers;

    @Resource
    private ManagedThreadFactory threads;

    /**
     * Latencies of one measured stretch.
     *
     * @param requests completed in the measured seconds (the warm-up is not counted)
     * @param perSecond requests a second, all clients together
     */
    public record Figures(
            String name,
            int clients,
            long requests,
            double seconds,
            double p50Millis,
            double p95Millis,
            double p99Millis,
            double perSecond) {}

    /** Indexing of {@code records} records by {@code threads} threads into a fresh index, commit included. */
    public record Indexing(long records, int threads, double seconds, double perSecond, long bytes) {}

    /**
     * The mix searched by {@code clients} clients for {@code seconds} after {@code warmUpSeconds}: each
     * client takes the requests in turn, from its own place in the mix.
     *
     * @param username whose access the service's searches apply
     * @param raw whether to search raw Lucene instead of the service
     */
    public Figures queries(
            String username, List<SearchRequest> mix, int clients, int warmUpSeconds, int seconds, boolean raw) {
        if (readers.of(username).isEmpty()) {
            throw new InvalidInputException("username", SearchReason.BENCHMARK_READS_NOTHING, username);
        }
        List<Query> rawQueries = mix.stream().map(Search::unfiltered).toList();
        IntConsumer one = raw
                ? i -> index.read(searcher -> rawSearch(searcher, rawQueries.get(i)))
                : i -> search.searchFor(username, mix.get(i));
        long warmUpEnd = System.nanoTime() + warmUpSeconds * 1_000_000_000L;
        long end = warmUpEnd + seconds * 1_000_000_000L;
        List<LoadClient> load = new ArrayList<>();
        List<Thread> running = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            LoadClient client = new LoadClient(one, mix.size(), c, warmUpEnd, end);
            load.add(client);
            running.add(threads.newThread(client));
        }
        running.forEach(Thread::start);
        for (Thread thread : running) {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while the benchmark's clients ran", e);
            }
        }
        for (LoadClient client : load) {
            if (client.failure() != null) {
                throw client.failure();
            }
        }
        long[] all = load.stream()
                .flatMapToLong(client -> Arrays.stream(client.latencies()))
                .sorted()
                .toArray();
        Figures figures = new Figures(
                raw ? "raw Lucene" : "search service",
                clients,
                all.length,
                seconds,
                LoadClient.percentileMillis(all, 50),
                LoadClient.percentileMillis(all, 95),
                LoadClient.percentileMillis(all, 99),
                all.length / (double) seconds);
        LOG.info(() -> "Search benchmark: " + figures);
        return figures;
    }

    /** What raw Lucene does for a query: the top 20 with their stored fields, and the facet counts. */
    private static int rawSearch(FacetedSearcher searcher, Query query) {
        try {
            FacetsCollectorManager.FacetsResult result =
                    FacetsCollectorManager.search(searcher, query, TOP, new FacetsCollectorManager());
            int fields = 0;
            for (ScoreDoc hit : result.topDocs().scoreDocs) {
                fields += searcher.storedFields().document(hit.doc).getFields().size();
            }
            if (searcher.facets() != null) {
                fields += new SortedSetDocValuesFacetCounts(searcher.facets(), result.facetsCollector())
                        .getAllDims(Search.FACET_VALUES)
                        .size();
            }
            return fields;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    /**
     * Reads up to {@code records} records as a rebuild reads them (not timed), then times writing them
     * by {@code threadCount} threads into a fresh index beside the live one, with the same analysis and
     * writer settings, until committed; the fresh index is deleted afterwards.
     */
    public Indexing indexing(int records, int threadCount) {
        List<IndexRecord> read = read(records);
        Path directory;
        try {
            directory = Files.createTempDirectory(settings.indexDirectory().getParent(), "index-benchmark-");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot make a directory for the indexing benchmark", e);
        }
        try (FSDirectory lucene = FSDirectory.open(directory);
                IndexWriter writer = new IndexWriter(lucene, IndexGeneration.config())) {
            long began = System.nanoTime();
            write(writer, read, threadCount);
            writer.commit();
            double seconds = (System.nanoTime() - began) / 1e9;
            long bytes = 0;
            for (String file : lucene.listAll()) {
                bytes += lucene.fileLength(file);
            }
            Indexing indexing = new Indexing(read.size(), threadCount, seconds, read.size() / seconds, bytes);
            LOG.info(() -> "Indexing benchmark: " + indexing);
            return indexing;
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the benchmark's index in " + directory, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while the indexing benchmark ran", e);
        } finally {
            try {
                IOUtils.rm(directory);
            } catch (IOException e) {
                LOG.warning(() -> "Cannot delete the benchmark's index in " + directory + ": " + e);
            }
        }
    }

    /** Up to {@code records} records, as a rebuild reads them, source by source. */
    private List<IndexRecord> read(int records) {
        List<IndexRecord> read = new ArrayList<>();
        for (Map.Entry<String, SearchSource.Span> span : feed.spans().entrySet()) {
            long after = span.getValue().first() - 1;
            while (read.size() < records && after < span.getValue().last()) {
                JournalFeed.Page page = feed.rebuild(
                        span.getKey(), after, span.getValue().last(), Math.min(PAGE, records - read.size()));
                if (page.walked() == 0) {
                    break;
                }
                read.addAll(page.records());
                after = page.lastId();
            }
        }
        return read;
    }

    /** Adds the records' documents, each thread its share. */
    private void write(IndexWriter writer, List<IndexRecord> records, int threadCount) throws InterruptedException {
        List<Thread> running = new ArrayList<>();
        List<RuntimeException> failures = Collections.synchronizedList(new ArrayList<>());
        for (int t = 0; t < threadCount; t++) {
            List<IndexRecord> share =
                    records.subList(t * records.size() / threadCount, (t + 1) * records.size() / threadCount);
            running.add(threads.newThread(() -> {
                try {
                    for (IndexRecord record : share) {
                        writer.addDocument(RecordDocuments.of(record));
                    }
                } catch (IOException e) {
                    failures.add(new UncheckedIOException(e));
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }));
        }
        running.forEach(Thread::start);
        for (Thread thread : running) {
            thread.join();
        }
        if (!failures.isEmpty()) {
            throw failures.get(0);
        }
    }
}
