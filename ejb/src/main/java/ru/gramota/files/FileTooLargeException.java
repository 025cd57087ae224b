package ru.gramota.files;

import jakarta.ejb.ApplicationException;
import ru.gramota.platform.LocalizedException;
import ru.gramota.platform.Reason;

/** Content offered to {@link BlobStore#stage} was longer than the limit it was given; nothing was kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends LocalizedException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super(Reason.FILE_TOO_LARGE);
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }
}
