package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Set;
import java.util.logging.Logger;
import ru.gramota.files.BlobStore;
import ru.gramota.files.FileIntake;
import ru.gramota.files.FileSettings;
import ru.gramota.files.FileTooLargeException;
import ru.gramota.files.StoredFile;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.DocumentFile;
import ru.gramota.registry.RegistryReason;

/**
 * Files attached to registration cards (requisite 19). An upload streams into the blob store's
 * staging area while its SHA-256 is computed, so a 200 MB scan is never held in memory; it is
 * measured, typed and its text extracted there; only a file that passes the limits is moved into
 * the store, and only then is its row written. A refused file leaves nothing behind; a row never
 * points at a missing blob. No transaction is open while the bytes arrive.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class Attachments {

    private static final Logger LOG = Logger.getLogger(Attachments.class.getName());

    /** The formats DOMAIN.md names: PDF, DOCX, ODT, TIFF, TXT, XML. */
    public static final Set<String> DEFAULT_TYPES = FileSettings.DEFAULT_TYPES;

    @Inject
    private BlobStore blobs;

    @Inject
    private FileIntake intake;

    @EJB
    private AttachmentRecords records;

    @EJB
    private RegistryClerks clerks;

    /**
     * Attaches a file to a registered card.
     *
     * @throws InvalidInputException naming {@code file} when it is empty, has no name or a type not allowed
     * @throws FileTooLargeException when it is over {@code gramota.files.max-bytes}
     */
    public RegistrationCard.FileView attach(long documentId, String fileName, InputStream content) {
        records.requireAttachable(documentId);
        RegistrationCard.FileView file = records.record(documentId, store(fileName, content));
        LOG.fine(() -> "Attached " + file.sha256() + " (" + file.size() + " bytes) to document " + documentId);
        return file;
    }

    /**
     * Checks and stores a file for a card that is being filled in: a registry clerk's upload in the
     * registration form, attached when the card is registered ({@link RegistrationForms#register}).
     *
     * @throws InvalidInputException naming {@code file} when it is empty, has no name or a type not allowed
     * @throws FileTooLargeException when it is over {@code gramota.files.max-bytes}
     */
    public StoredFile upload(String fileName, InputStream content) {
        clerks.requireAnyClerk(RegistryReason.ONLY_CLERKS_UPLOAD);
        return store(fileName, content);
    }

    private StoredFile store(String fileName, InputStream content) {
        return intake.store(fileName, content);
    }

    /** A file to download, with an open stream of its content; the caller closes the stream. */
    public Download download(long documentId, long fileId) {
        DocumentFile file = records.open(documentId, fileId);
        try {
            return new Download(CardViews.file(file), blobs.open(file.sha256()));
        } catch (IOException e) {
            throw new UncheckedIOException("The content of file " + fileId + " is missing from the blob store", e);
        }
    }

    /** A file and its content. */
    public record Download(RegistrationCard.FileView file, InputStream content) {}

    public long maxBytes() {
        return intake.maxBytes();
    }
}
