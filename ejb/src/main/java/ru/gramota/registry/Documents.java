package ru.gramota.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import ru.gramota.org.Organisations;
import ru.gramota.platform.UnknownEntityException;

/**
 * Documents as far as access goes: where they are registered, whether they are ДСП, who works on
 * them and where they were sent. Registration builds the card, numbering and files on top of this.
 */
@Stateless
public class Documents {

    /**
     * What the audit trail and the search index journal call a document and a file of one: the one
     * spelling every feature that records a change to them uses.
     */
    public static final String DOCUMENT = "DOCUMENT";

    public static final String DOCUMENT_FILE = "DOCUMENT_FILE";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private Organisations organisations;

    public Document create(String organisationCode, boolean restricted) {
        Document document = new Document(organisations.require(organisationCode), restricted);
        em.persist(document);
        return document;
    }

    public void addParticipant(long documentId, long userId, ParticipantRole role) {
        require(documentId).addParticipant(userId, role);
    }

    public void sendTo(long documentId, String organisationCode) {
        require(documentId).sendTo(organisations.require(organisationCode));
    }

    public Document require(long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new UnknownEntityException(RegistryReason.UNKNOWN_DOCUMENT, documentId);
        }
        return document;
    }
}
