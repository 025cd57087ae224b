package ru.gramota.registry.service;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import ru.gramota.access.DocumentAccess;
import ru.gramota.access.DocumentFilter;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.admin.AdministrationRights;
import ru.gramota.audit.AuditTrail;
import ru.gramota.org.Organisation;
import ru.gramota.org.Organisations;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.DocumentStatus;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.RegistrationCounters;
import ru.gramota.registry.RegistrationJournal;

/**
 * Registers documents under numbers unique within their journal and year, cancels registrations,
 * reads cards, and manages the journals.
 *
 * <p>Numbering: the card is written first; only then is the journal's counter row for the year
 * locked and incremented, so the lock is held for the last moment of the registering transaction.
 * A registration that fails before that consumes no number; one that fails after it rolls the
 * counter back with it. The unique key on (journal, year, sequence) is the last guard, in a
 * cluster too, since the database decides.
 */
@Stateless
public class Registrations {

    static final String DOCUMENT = "DOCUMENT";
    static final String JOURNAL = "JOURNAL";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AdministrationRights rights;

    @EJB
    private Organisations organisations;

    @EJB
    private RegistrationCounters counters;

    @EJB
    private DocumentAccess access;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Inject
    @ConfigProperty(name = "gramota.time-zone", defaultValue = "Europe/Moscow")
    String timeZone;

    public RegistrationCard register(NewRegistration request) {
        RegistrationJournal journal = journal(request.organisationCode(), request.journalCode());
        UserAccount clerk = requireRegistryClerk(journal.organisation());
        LocalDate today = LocalDate.now(clock.withZone(ZoneId.of(timeZone)));
        if (request.documentDate() != null && request.documentDate().isAfter(today)) {
            throw new InvalidInputException("documentDate", "is in the future; a document cannot be dated after today");
        }
        NumberPattern pattern = journal.numberPattern();
        // Formatting a trial number first refuses a missing case index before any number is taken.
        pattern.format(1, today.getYear(), request.caseIndex(), request.departmentCode());
        Document document = new Document(journal, request.title(), request.documentDate(), request.restricted());
        em.persist(document);
        em.flush();
        int sequence = counters.next(journal.id(), today.getYear());
        document.register(
                today.getYear(),
                sequence,
                pattern.format(sequence, today.getYear(), request.caseIndex(), request.departmentCode()),
                now(),
                clerk.username());
        audit.record("REGISTER", DOCUMENT, document.id().toString(), null, document.auditState());
        return RegistrationCard.of(document);
    }

    public RegistrationCard cancel(long documentId, String reason) {
        Document document = require(documentId);
        requireRegistryClerk(document.organisation());
        Map<String, Object> before = document.auditState();
        document.cancel(reason, now());
        audit.record("CANCEL", DOCUMENT, Long.toString(documentId), before, document.auditState());
        return RegistrationCard.of(document);
    }

    /** A card, if the access policy lets the caller read it; a ДСП read is audited. */
    public RegistrationCard read(long documentId) {
        Document document = require(documentId);
        access.open(rights.caller().username(), documentId);
        return RegistrationCard.of(document);
    }

    /**
     * The registrations the caller may read, newest first, filtered and paged. The access policy is
     * part of the query, so a page never holds what the caller may not see.
     */
    public List<RegistrationCard> list(RegistrationQuery query) {
        DocumentFilter filter = access.readFilter(rights.caller().username());
        StringBuilder jpql = new StringBuilder("select d from Document d join fetch d.organisation"
                + " join fetch d.journal where d.status <> :draft and " + filter.condition());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("draft", DocumentStatus.DRAFT);
        if (query.organisationCode() != null) {
            jpql.append(" and d.organisation.code = :organisation");
            parameters.put("organisation", query.organisationCode());
        }
        if (query.journalCode() != null) {
            jpql.append(" and d.journal.code = :journal");
            parameters.put("journal", query.journalCode());
        }
        if (query.status() != null) {
            jpql.append(" and d.status = :status");
            parameters.put("status", status(query.status()));
        }
        if (query.registeredFrom() != null) {
            jpql.append(" and d.registeredAt >= :from");
            parameters.put("from", query.registeredFrom());
        }
        if (query.registeredTo() != null) {
            jpql.append(" and d.registeredAt < :to");
            parameters.put("to", query.registeredTo());
        }
        if (query.afterId() != null) {
            jpql.append(" and d.id < :after");
            parameters.put("after", query.afterId());
        }
        jpql.append(" order by d.id desc");
        TypedQuery<Document> select = em.createQuery(jpql.toString(), Document.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(query.limit())
                .getResultStream()
                .map(RegistrationCard::of)
                .toList();
    }

    private static DocumentStatus status(String value) {
        try {
            return DocumentStatus.valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("status", "must be REGISTERED or CANCELLED");
        }
    }

    public JournalView createJournal(
            String organisationCode, String code, String name, DocumentKind kind, String numberPattern) {
        Organisation organisation = organisations.require(organisationCode);
        rights.requireAdministratorOf(organisation);
        if (findJournal(organisationCode, code) != null) {
            throw new ConflictException("Journal " + code + " already exists in " + organisationCode);
        }
        RegistrationJournal journal = new RegistrationJournal(organisation, code, name, kind, numberPattern);
        em.persist(journal);
        audit.record(
                "CREATE",
                JOURNAL,
                organisationCode + "/" + code,
                null,
                Map.of("name", journal.name(), "documentKind", kind.name(), "numberPattern", numberPattern));
        return JournalView.of(journal);
    }

    public List<JournalView> journals(String organisationCode) {
        rights.caller();
        organisations.require(organisationCode);
        return em.createQuery(
                        "select j from RegistrationJournal j where j.organisation.code = :organisation order by j.code",
                        RegistrationJournal.class)
                .setParameter("organisation", organisationCode)
                .getResultStream()
                .map(JournalView::of)
                .toList();
    }

    /** Now, to the microsecond the databases store, so a card reads the same before and after it is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private UserAccount requireRegistryClerk(Organisation organisation) {
        UserAccount caller = rights.caller();
        boolean clerk = caller.grants().stream()
                .anyMatch(g ->
                        g.role() == Role.REGISTRY_CLERK && g.organisation().id().equals(organisation.id()));
        if (!clerk) {
            throw new AccessDeniedException("Only the registry of " + organisation.code() + " registers its documents");
        }
        return caller;
    }

    private RegistrationJournal journal(String organisationCode, String code) {
        if (organisationCode == null || code == null) {
            throw new InvalidInputException("journalCode", "is required, with organisationCode");
        }
        RegistrationJournal journal = findJournal(organisationCode, code);
        if (journal == null) {
            throw new UnknownEntityException("journal", organisationCode + "/" + code);
        }
        return journal;
    }

    private RegistrationJournal findJournal(String organisationCode, String code) {
        return em.createQuery(
                        "select j from RegistrationJournal j where j.organisation.code = :organisation and j.code = :code",
                        RegistrationJournal.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", code)
                .getResultStream()
                .findFirst()
                .orElse(null);
    }

    private Document require(long documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null || document.journal() == null) {
            throw new UnknownEntityException("registration", Long.toString(documentId));
        }
        return document;
    }
}
