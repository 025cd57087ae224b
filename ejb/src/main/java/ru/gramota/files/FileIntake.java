package ru.gramota.files;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import ru.gramota.platform.InvalidInputException;

/**
 * Takes an uploaded file in: streams it into the blob store's staging area while its SHA-256 is
 * computed (a 200 MB scan is never held in memory), measures and types it and extracts its text
 * there, and moves it into the store only when it passes the installation's limits. A refused file
 * leaves nothing behind. Every feature that accepts files (cards, reports) takes them in here.
 */
@Dependent
public class FileIntake {

    /** The longest file name kept. */
    public static final int NAME_LENGTH = 255;

    @Inject
    private BlobStore blobs;

    @Inject
    private FileAnalysis analysis;

    @Inject
    private FileSettings settings;

    /**
     * Checks and stores a file.
     *
     * @throws InvalidInputException naming {@code file} when it is empty, has no name or a type not allowed
     * @throws FileTooLargeException when it is over {@code gramota.files.max-bytes}
     */
    public StoredFile store(String fileName, InputStream content) {
        String name = fileName(fileName);
        try (StagedBlob staged = blobs.stage(content, settings.maxBytes())) {
            if (staged.size() == 0) {
                throw new InvalidInputException("file", FileReason.FILE_EMPTY);
            }
            Analysis found = analysis.analyse(staged.path(), name);
            Set<String> allowed = settings.allowedTypes();
            if (!allowed.contains(found.mediaType())) {
                throw new InvalidInputException("file", FileReason.FILE_TYPE_NOT_ACCEPTED, found.mediaType());
            }
            if (!analysis.nameAgrees(name, found.mediaType())) {
                throw new InvalidInputException("file", FileReason.FILE_NAME_DISAGREES, name, found.mediaType());
            }
            staged.commit();
            return new StoredFile(name, staged.sha256(), staged.size(), found);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store the file", e);
        }
    }

    /** The content of a stored file; the caller closes the stream. */
    public InputStream open(String sha256) throws IOException {
        return blobs.open(sha256);
    }

    public long maxBytes() {
        return settings.maxBytes();
    }

    private static String fileName(String submitted) {
        if (submitted == null || submitted.isBlank()) {
            throw new InvalidInputException("file", FileReason.FILE_NAME_MISSING);
        }
        // Browsers on Windows may send the whole path.
        String name = submitted.strip();
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1);
        if (name.isEmpty() || name.length() > NAME_LENGTH || name.chars().anyMatch(Character::isISOControl)) {
            throw new InvalidInputException("file", FileReason.FILE_NAME_INVALID, NAME_LENGTH);
        }
        return name;
    }
}
