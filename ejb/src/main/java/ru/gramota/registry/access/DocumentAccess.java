package ru.gramota.registry.access;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import ru.gramota.access.UserAccount;
import ru.gramota.access.UserAccounts;
import ru.gramota.audit.AuditTrail;
import ru.gramota.platform.Actors;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentParticipant;
import ru.gramota.registry.Documents;
import ru.gramota.registry.RegistryReason;

/**
 * The access policy ({@link DocumentAccessPolicy}) applied to stored documents: checks for one
 * document, the condition for lists and search, explicit grants, and the audit of every ДСП read.
 * Cards, lists, search, the REST API and the UI all ask here.
 */
@Stateless
public class DocumentAccess {

    /** The object type of documents in the audit trail. */
    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private UserAccounts accounts;

    @EJB
    private AuditTrail audit;

    @Inject
    private Changes changes;

    @EJB
    private Documents documents;

    @Inject
    private Clock clock;

    @Resource
    private SessionContext context;

    /** Whether the user may read the document, and by which rule. */
    public AccessDecision canRead(String username, long documentId) {
        return canRead(username, documents.require(documentId));
    }

    private AccessDecision canRead(String username, Document document) {
        return canRead(subject(username), document);
    }

    /** Whether someone already looked up may read the document: for views that decide many at once. */
    public AccessDecision canRead(AccessSubject who, Document document) {
        return DocumentAccessPolicy.read(who, facts(document));
    }

    /**
     * A registered document the user may read, for reading or working on it. A document the user may
     * not read is refused exactly as one that does not exist (the same exception, reason and
     * argument: 404 in the API, "no such document" on the pages), so that trying ids tells nobody
     * what other organisations registered. Every lookup of a registration by id goes through here.
     *
     * @throws UnknownEntityException when there is no such registration or the user may not read it
     */
    public Document readable(String username, long documentId) {
        return decide(username, documentId).document();
    }

    /**
     * Opens a registered document for reading, as {@link #readable}, and records the read in the
     * audit trail when the document is ДСП.
     *
     * @throws UnknownEntityException when there is no such registration or the user may not read it
     */
    public Document open(String username, long documentId) {
        Readable found = decide(username, documentId);
        if (found.decision().audited()) {
            Map<String, Object> details = new LinkedHashMap<>();
            details.put("rule", found.decision().reason());
            audit.recordAs(username, "READ_RESTRICTED", Documents.DOCUMENT, Long.toString(documentId), null, details);
        }
        return found.document();
    }

    private record Readable(Document document, AccessDecision decision) {}

    private Readable decide(String username, long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new UnknownEntityException(RegistryReason.UNKNOWN_REGISTRATION, documentId);
        }
        AccessDecision decision = canRead(username, document);
        if (!decision.allowed()) {
            throw new UnknownEntityException(RegistryReason.UNKNOWN_REGISTRATION, documentId);
        }
        return new Readable(document, decision);
    }

    /** The policy as a JPQL condition on the document {@code d}, for the user's lists and search. */
    public DocumentFilter readFilter(String username) {
        return DocumentAccessPolicy.readFilter(subject(username));
    }

    /** The ids of the documents the user may read, newest first: the list query with the filter applied. */
    public List<Long> readableDocumentIds(String username, int limit) {
        DocumentFilter filter = readFilter(username);
        return filter.bind(em.createQuery(
                        "select d.id from Document d where " + filter.condition() + " order by d.id desc", Long.class))
                .setMaxResults(limit)
                .getResultList();
    }

    /** Gives one person access to one document explicitly; recorded in the audit trail. */
    public void grant(long documentId, String username) {
        documents.require(documentId);
        UserAccount account = accounts.require(username);
        DocumentAccessGrant.Key key = new DocumentAccessGrant.Key(documentId, account.id());
        if (em.find(DocumentAccessGrant.class, key) == null) {
            em.persist(new DocumentAccessGrant(documentId, account.id(), Actors.of(context), clock.instant()));
            changes.record(Change.of("GRANT_ACCESS", Documents.DOCUMENT, Long.toString(documentId))
                    .states(null, Map.of("user", username))
                    .reindexing(Documents.DOCUMENT, documentId));
        }
    }

    private AccessSubject subject(String username) {
        return AccessSubject.of(accounts.require(username));
    }

    private DocumentFacts facts(Document document) {
        Set<Long> granted = new HashSet<>(em.createQuery(
                        "select g.id.userId from DocumentAccessGrant g where g.id.documentId = :document", Long.class)
                .setParameter("document", document.id())
                .getResultList());
        return new DocumentFacts(
                document.organisation().id(),
                document.restricted(),
                document.participants().stream()
                        .map(DocumentParticipant::userId)
                        .collect(Collectors.toSet()),
                document.recipients().stream().map(r -> r.organisation().id()).collect(Collectors.toSet()),
                granted);
    }
}
