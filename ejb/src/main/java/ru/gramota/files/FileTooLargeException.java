package ru.gramota.files;

import jakarta.ejb.ApplicationException;
import java.util.List;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.LocalizedException;

/** Content offered to {@link BlobStore#stage} was longer than the limit it was given; nothing was kept. */
@ApplicationException(rollback = true)
public class FileTooLargeException extends LocalizedException {

    private final long maxBytes;

    public FileTooLargeException(long maxBytes) {
        super(FileReason.FILE_TOO_LARGE);
        this.maxBytes = maxBytes;
    }

    /** The limit that was exceeded, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** What is wrong with the field {@code file}: longer than the limit, in MB. */
    public FieldError fieldError() {
        return new FieldError("file", FileReason.FILE_LARGER_THAN, maxBytes / (1024 * 1024));
    }

    /** The one {@link #fieldError()}. */
    @Override
    public List<FieldError> errors() {
        return List.of(fieldError());
    }
}
