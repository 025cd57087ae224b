package ru.gramota.registry.service;

import static ru.gramota.registry.Documents.DOCUMENT;
import static ru.gramota.registry.Documents.DOCUMENT_FILE;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.UserAccount;
import ru.gramota.files.Analysis;
import ru.gramota.files.StoredFile;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentFile;
import ru.gramota.registry.DocumentStatus;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.access.DocumentAccess;

/**
 * The database side of attachments, each call one short transaction: may the caller attach to this
 * card; record a file whose blob is already stored; find a file to download.
 */
@Stateless
public class AttachmentRecords {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private Registrations registrations;

    @EJB
    private RegistryClerks clerks;

    @EJB
    private DocumentAccess access;

    @EJB
    private AdministrationRights rights;

    @Inject
    private Changes changes;

    @Inject
    private Clock clock;

    /** The caller, if the registry of the card's organisation and the card is registered. */
    public String requireAttachable(long documentId) {
        Document document = registrations.require(documentId);
        UserAccount clerk = clerks.requireClerkOf(document.organisation(), RegistryReason.ONLY_REGISTRY_ATTACHES);
        if (document.status() != DocumentStatus.REGISTERED) {
            throw new ConflictException(
                    RegistryReason.FILES_ONLY_ON_REGISTERED, document.status().phrase());
        }
        return clerk.username();
    }

    /** Records a file whose content the blob store already holds. */
    public RegistrationCard.FileView record(long documentId, StoredFile stored) {
        String clerk = requireAttachable(documentId);
        Document document = registrations.require(documentId);
        Analysis analysis = stored.analysis();
        String text = analysis.text() != null && analysis.text().length() > DocumentFile.TEXT_LENGTH
                ? analysis.text().substring(0, DocumentFile.TEXT_LENGTH)
                : analysis.text();
        DocumentFile file = new DocumentFile(
                document,
                stored.sha256(),
                stored.name(),
                analysis.mediaType(),
                stored.size(),
                analysis.pages(),
                text,
                analysis.textStatus().name(),
                clock.instant().truncatedTo(ChronoUnit.MICROS),
                clerk);
        em.persist(file);
        em.flush();
        changes.record(Change.of("ATTACH", DOCUMENT, documentId)
                .states(null, file.auditState())
                .reindexing(DOCUMENT_FILE, file.id()));
        return CardViews.file(file);
    }

    /** A file of a card the caller may read; reading a ДСП card's file is audited like the card. */
    public DocumentFile open(long documentId, long fileId) {
        Document document = registrations.require(documentId);
        access.open(rights.caller().username(), document.id());
        DocumentFile file = em.find(DocumentFile.class, fileId);
        if (file == null || !file.document().id().equals(document.id())) {
            throw new UnknownEntityException(RegistryReason.UNKNOWN_FILE, documentId + "/" + fileId);
        }
        return file;
    }
}
