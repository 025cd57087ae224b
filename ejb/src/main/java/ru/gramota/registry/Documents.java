package ru.gramota.registry;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import ru.gramota.org.Organisations;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
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

    @Inject
    private Changes changes;

    public Document create(String organisationCode, boolean restricted) {
        Document document = new Document(organisations.require(organisationCode), restricted);
        em.persist(document);
        return document;
    }

    public void addParticipant(long documentId, long userId, ParticipantRole role) {
        require(documentId).addParticipant(userId, role);
    }

    /**
     * Sets the document's control mark (29) as control of execution derives it from the assignments;
     * a change of the mark is audited ({@code CONTROL}) and re-indexes the document.
     */
    public void deriveControl(long documentId, ControlMark mark) {
        Document document = require(documentId);
        ControlMark before = document.control();
        if (mark.equals(before)) {
            return;
        }
        document.deriveControl(mark);
        changes.record(Change.of("CONTROL", DOCUMENT, documentId)
                .states(markState(before), markState(mark))
                .reindexing(DOCUMENT, documentId));
    }

    private static Map<String, Object> markState(ControlMark mark) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("onControl", mark != null && mark.onControl());
        state.put(
                "controlDeadline",
                mark == null || mark.deadline() == null ? null : mark.deadline().toString());
        state.put("derived", mark != null && mark.derived());
        return state;
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
