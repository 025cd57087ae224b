package ru.gramota.files;

import jakarta.ejb.ApplicationException;

/** Content offered to {@link BlobStore#stage} was longer than the limit it was given; nothing was kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends RuntimeException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super("The file is larger than the limit of " + maxBytes + " bytes");
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
