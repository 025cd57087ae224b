package ru.gramota.search;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.store.FSDirectory;

/**
 * One Lucene index in its own directory under the index root, with its writer and the state its last
 * commit stored (a journal position, or how far a rebuild got): the node's live index, or one a rebuild
 * is building beside it. Commits are serialised, so that partitions writing at once each merge their
 * part of the state into what the others committed.
 */
final class IndexGeneration implements Closeable {

    private final String name;
    private final Path path;
    private final FSDirectory directory;
    private final IndexWriter writer;
    private volatile Map<String, String> committed;

    private IndexGeneration(String name, Path path, FSDirectory directory, IndexWriter writer) {
        this.name = name;
        this.path = path;
        this.directory = directory;
        this.writer = writer;
        this.committed = userData(writer);
    }

    /** Opens the index in {@code path}, creating it when there is none; throws what Lucene throws on a damaged one. */
    static IndexGeneration open(String name, Path path) throws IOException {
        FSDirectory directory = FSDirectory.open(path);
        try {
            return new IndexGeneration(name, path, directory, new IndexWriter(directory, config()));
        } catch (IOException | RuntimeException e) {
            directory.close();
            throw e;
        }
    }

    static IndexWriterConfig config() {
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

    String name() {
        return name;
    }

    Path path() {
        return path;
    }

    IndexWriter writer() {
        return writer;
    }

    /** The state the last commit stored with the records. */
    Map<String, String> state() {
        return committed;
    }

    /**
     * Writes records, removes others (by {@link IndexRecord#key}) and commits them with the state that
     * {@code state} makes of the one committed before. Callers that write at once (a rebuild's
     * partitions, each its own records) analyse their records in parallel; only the commit is one at a
     * time, and a commit may carry another caller's records ahead of its state, never behind it.
     */
    void commit(List<IndexRecord> records, Collection<String> removed, UnaryOperator<Map<String, String>> state) {
        try {
            for (IndexRecord record : records) {
                writer.updateDocument(new Term(SearchSchema.KEY, record.key()), RecordDocuments.of(record));
            }
            for (String key : removed) {
                writer.deleteDocuments(new Term(SearchSchema.KEY, key));
            }
            commitState(state);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write to the search index in " + path, e);
        }
    }

    private synchronized void commitState(UnaryOperator<Map<String, String>> state) throws IOException {
        Map<String, String> data = Map.copyOf(state.apply(committed));
        writer.setLiveCommitData(data.entrySet());
        writer.commit();
        committed = data;
    }

    /** Empties the index, committing {@code state}. */
    synchronized void clear(Map<String, String> state) {
        try {
            writer.deleteAll();
            commitState(previous -> state);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot empty the search index in " + path, e);
        }
    }

    /** How many records the index holds, written ones not yet committed included. */
    long records() {
        return writer.getDocStats().numDocs;
    }

    @Override
    public void close() throws IOException {
        try {
            writer.close();
        } finally {
            directory.close();
        }
    }
}
