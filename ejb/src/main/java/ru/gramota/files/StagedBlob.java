package ru.gramota.files;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Content staged by {@link BlobStore#stage}: hashed, measured and on disk, but not stored yet. Inspect
 * {@link #path()} (for example with {@link FileAnalysis}), then {@link #commit()} to store it, or
 * {@link #close()} to discard it. Use it in try-with-resources: closing after a commit does nothing.
 */
public final class StagedBlob implements AutoCloseable {

    private final BlobStore store;
    private final Path path;
    private final String sha256;
    private final long size;
    private boolean committed;
    private boolean closed;

    StagedBlob(BlobStore store, Path path, String sha256, long size) {
        this.store = store;
        this.path = path;
        this.sha256 = sha256;
        this.size = size;
    }

    /** The lower-case hex SHA-256 of the content. */
    public String sha256() {
        return sha256;
    }

    /** The size of the content, in bytes. */
    public long size() {
        return size;
    }

    /** The staging file under {@code root/tmp/}; it is gone after {@link #commit()} or {@link #close()}. */
    public Path path() {
        return path;
    }

    /**
     * Moves the content to {@code root/ab/cd/<sha256>}, atomically where the file system can. If that
     * content is already stored, the stored copy is kept and the staging file is deleted. Calling it
     * again returns the same path.
     *
     * @return where the content is stored
     */
    public synchronized Path commit() throws IOException {
        if (closed && !committed) {
            throw new IllegalStateException("The staged content was discarded");
        }
        if (!committed) {
            store.commit(path, sha256);
            committed = true;
        }
        return store.path(sha256);
    }

    /** Deletes the staging file unless the content was committed. */
    @Override
    public synchronized void close() {
        if (!committed && !closed) {
            BlobStore.deleteQuietly(path);
        }
        closed = true;
    }
}
