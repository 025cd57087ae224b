package ru.gramota.control;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import ru.gramota.files.FileIntake;
import ru.gramota.files.StoredFile;

/**
 * The files of an assignment's report: the executor attaches them while the assignment is theirs to
 * do (checked, typed and stored as a card's files are, with no transaction open while the bytes
 * arrive); whoever may read the document downloads them.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class AssignmentFiles {

    @EJB
    private Assignments assignments;

    @EJB
    private AssignmentLists lists;

    @Inject
    private FileIntake intake;

    /** Attaches a file to the report of the assignment; its description. */
    public AssignmentDetails.FileView attach(long id, String fileName, InputStream content) {
        assignments.requireAttachable(id);
        StoredFile stored = intake.store(fileName, content);
        return assignments.recordFile(id, stored);
    }

    /** A file and its content, for someone who may read the assignment's document; the caller closes the stream. */
    public Download download(long id, long fileId) {
        Stored stored = lists.file(id, fileId);
        try {
            return new Download(stored.file(), intake.open(stored.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("The content of file " + fileId + " is missing from the blob store", e);
        }
    }

    /** A report's file and the name of its blob. */
    public record Stored(AssignmentDetails.FileView file, String sha256) {}

    /** A file and its content. */
    public record Download(AssignmentDetails.FileView file, InputStream content) {}

    public long maxBytes() {
        return intake.maxBytes();
    }
}
