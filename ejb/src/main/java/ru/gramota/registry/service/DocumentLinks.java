package ru.gramota.registry.service;

import static ru.gramota.registry.Documents.DOCUMENT;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentLink;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.access.DocumentAccess;
import ru.gramota.registry.access.DocumentFilter;

/**
 * Links between registered documents: a reply to a letter, an act in execution of an order, related
 * documents. The registry of the linking document links it to any document the clerk may read; both
 * cards show the link.
 */
@Stateless
public class DocumentLinks {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Inject
    private RegistrationRepository repository;

    @EJB
    private Registrations registrations;

    @EJB
    private RegistryClerks clerks;

    @EJB
    private AdministrationRights rights;

    @EJB
    private DocumentAccess access;

    @Inject
    private Changes changes;

    @EJB
    private CardViews views;

    @Inject
    private Clock clock;

    public List<RegistrationCard.LinkView> link(long fromId, Long toId, String typeName) {
        if (toId == null) {
            throw new InvalidInputException("documentId", RegistryReason.LINK_TARGET_REQUIRED);
        }
        LinkType type = InvalidInputException.oneOf(typeName, "type", LinkType.values());
        Document from = registrations.require(fromId);
        UserAccount clerk = clerks.requireClerkOf(from.organisation(), RegistryReason.ONLY_REGISTRY_LINKS);
        Document to = registrations.require(toId);
        access.open(clerk.username(), to.id());
        boolean exists = repository.linked(from, to, type);
        if (exists) {
            throw new ConflictException(
                    RegistryReason.ALREADY_LINKED, from.registrationNumber(), to.registrationNumber(), type.name());
        }
        em.persist(new DocumentLink(from, to, type, clock.instant().truncatedTo(ChronoUnit.MICROS), clerk.username()));
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("type", type.name());
        details.put("to", to.id());
        details.put("toNumber", to.registrationNumber());
        changes.record(
                Change.of("LINK", DOCUMENT, from.id()).states(null, details).reindexing(DOCUMENT, from.id()));
        em.flush();
        return views.links(from, clerk.username());
    }

    /**
     * Links the card to the document registered under {@code number}, found among those the clerk may
     * read: one of the card's own organisation first, then the latest registered. A number nobody
     * registered and one the clerk may not read are refused alike, so a number tells nothing.
     */
    public List<RegistrationCard.LinkView> linkByNumber(long fromId, String number, String typeName) {
        String typed = number == null ? "" : number.strip();
        if (typed.isEmpty()) {
            throw new InvalidInputException("number", RegistryReason.LINK_TARGET_REQUIRED);
        }
        Document from = registrations.require(fromId);
        UserAccount clerk = clerks.requireClerkOf(from.organisation(), RegistryReason.ONLY_REGISTRY_LINKS);
        DocumentFilter filter = access.readFilter(clerk.username());
        List<Long> found = repository.readableByNumber(typed, from.organisation(), filter);
        if (found.isEmpty()) {
            throw new InvalidInputException("number", RegistryReason.LINK_NUMBER_NOT_FOUND, typed);
        }
        return link(fromId, found.get(0), typeName);
    }

    /** The links of a document the caller may read, from both ends. */
    public List<RegistrationCard.LinkView> links(long documentId) {
        String reader = rights.caller().username();
        Document document = registrations.require(documentId);
        access.open(reader, documentId);
        return views.links(document, reader);
    }
}
