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
import java.time.temporal.ChronoUnit;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.gramota.access.DocumentAccess;
import ru.gramota.access.DocumentFilter;
import ru.gramota.access.UserAccount;
import ru.gramota.admin.AdministrationRights;
import ru.gramota.audit.AuditTrail;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.DocumentLink;
import ru.gramota.registry.DocumentStatus;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.RegistrationCounters;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.Requisites;
import ru.gramota.search.SearchJournal;

/**
 * Registers documents under numbers unique within their journal and year, corrects and cancels
 * registrations, reads cards and lists them.
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

    /** The problem type of a probable duplicate, for clients to recognise it. */
    public static final String PROBABLE_DUPLICATE = "urn:gramota:problem:probable-duplicate";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private AdministrationRights rights;

    @EJB
    private RegistryClerks clerks;

    @EJB
    private Journals journals;

    @EJB
    private RequisitesLookup lookup;

    @EJB
    private RegistrationCounters counters;

    @EJB
    private DocumentAccess access;

    @EJB
    private AuditTrail audit;

    @EJB
    private SearchJournal searchJournal;

    @EJB
    private CardViews views;

    @Inject
    private Clock clock;

    @Inject
    private BusinessTime time;

    public RegistrationCard register(NewRegistration request) {
        RegistrationJournal journal = journals.require(request.organisationCode(), request.journalCode());
        UserAccount clerk = clerks.requireClerkOf(journal.organisation(), Reason.ONLY_REGISTRY_REGISTERS);
        LocalDate today = today();
        LocalDate documentDate = request.documentDate() == null ? today : request.documentDate();
        if (documentDate.isAfter(today)) {
            throw new InvalidInputException("documentDate", Reason.DOCUMENT_DATE_IN_FUTURE);
        }
        int year = today.getYear();
        Requisites requisites = lookup.resolve(
                request.card(), journal.organisation(), journal.documentKind(), year, documentDate, today);
        NumberPattern pattern = journal.numberPattern();
        String caseIndex = requisites.nomenclatureCase() == null
                ? null
                : requisites.nomenclatureCase().index();
        String departmentCode =
                requisites.department() == null ? null : requisites.department().code();
        // Formatting a trial number first refuses a missing case index before any number is taken.
        pattern.format(1, year, caseIndex, departmentCode);
        Document duplicateOf = duplicateCheck(journal, requisites, request.confirmedDuplicateOf());
        Document document = new Document(journal, documentDate, requisites, duplicateOf);
        em.persist(document);
        if (duplicateOf != null) {
            em.persist(new DocumentLink(document, duplicateOf, LinkType.RELATED_TO, now(), clerk.username()));
        }
        searchJournal.changed(SearchJournal.DOCUMENT, document.id());
        em.flush();
        // Everything the answer shows is read now: from here to the commit, the journal's counter
        // and the audit chain are locked, and other registrations wait.
        CardViews.Prepared card = views.prepare(document, clerk.username());
        int sequence = counters.next(journal.id(), year);
        document.register(
                year, sequence, pattern.format(sequence, year, caseIndex, departmentCode), now(), clerk.username());
        em.flush(); // the card shows the version the registration stored
        audit.record("REGISTER", DOCUMENT, document.id().toString(), null, document.auditState());
        return card.card();
    }

    /**
     * Corrects a registered card's requisites. {@code expectedVersion} is the version the clerk read;
     * if someone changed the card since, nothing is written and the answer is a conflict.
     */
    public RegistrationCard correct(long documentId, Long expectedVersion, CardInput input) {
        Document document = require(documentId);
        UserAccount clerk = clerks.requireClerkOf(document.organisation(), Reason.ONLY_REGISTRY_CORRECTS);
        if (expectedVersion == null) {
            throw new InvalidInputException("version", Reason.VERSION_REQUIRED);
        }
        if (expectedVersion != document.version()) {
            throw new ConflictException(Reason.CARD_CHANGED, expectedVersion, document.version());
        }
        if (document.status() != DocumentStatus.REGISTERED) {
            throw new ConflictException(
                    Reason.NOT_CORRECTABLE, document.status().phrase());
        }
        Requisites requisites = lookup.resolve(
                input,
                document.organisation(),
                document.kind(),
                document.registrationYear(),
                document.documentDate(),
                today());
        String before = document.nomenclatureCase() == null
                ? null
                : document.nomenclatureCase().index();
        String after = requisites.nomenclatureCase() == null
                ? null
                : requisites.nomenclatureCase().index();
        if (document.journal().numberPattern().needsCaseIndex() && !Objects.equals(before, after)) {
            throw new InvalidInputException("caseIndex", Reason.CASE_INDEX_IN_NUMBER, document.registrationNumber());
        }
        Map<String, Object> auditBefore = document.auditState();
        document.correct(requisites, now(), clerk.username());
        em.flush();
        audit.record("EDIT", DOCUMENT, Long.toString(documentId), auditBefore, document.auditState());
        searchJournal.changed(SearchJournal.DOCUMENT, documentId);
        return views.card(document, clerk.username());
    }

    public RegistrationCard cancel(long documentId, String reason) {
        Document document = require(documentId);
        UserAccount clerk = clerks.requireClerkOf(document.organisation(), Reason.ONLY_REGISTRY_CANCELS);
        Map<String, Object> before = document.auditState();
        document.cancel(reason, now());
        audit.record("CANCEL", DOCUMENT, Long.toString(documentId), before, document.auditState());
        searchJournal.changed(SearchJournal.DOCUMENT, documentId);
        return views.card(document, clerk.username());
    }

    /** A card, if the access policy lets the caller read it; a ДСП read is audited. */
    public RegistrationCard read(long documentId) {
        Document document = require(documentId);
        String username = rights.caller().username();
        access.open(username, documentId);
        return views.card(document, username);
    }

    /**
     * The registrations the caller may read, filtered and paged by key. The access policy is part of
     * the query, so a page never holds what the caller may not see; each filter has an index ending
     * in the id, so the first page of any filter is read from an index, at any size of the table. A
     * period also bounds the ids, so that its first page is found without reading the whole period.
     */
    public List<RegistrationSummary> list(RegistrationQuery query) {
        DocumentFilter filter = access.readFilter(rights.caller().username());
        // First the page's ids, from the document table alone: with the organisation joined for the
        // list, Hibernate would test the access policy's d.organisation.id on the joined row, which
        // PostgreSQL cannot use to walk the documents by id (15 s instead of 1 ms at a million).
        StringBuilder jpql =
                new StringBuilder("select d.id from Document d where d.status <> :draft and " + filter.condition());
        Map<String, Object> parameters = new HashMap<>(filter.parameters());
        parameters.put("draft", DocumentStatus.DRAFT);
        if (query.organisationCode() != null) {
            jpql.append(" and d.organisation.id in (select o.id from Organisation o where o.code = :organisation)");
            parameters.put("organisation", query.organisationCode());
        }
        if (query.journalCode() != null) {
            jpql.append(" and d.journal.id in (select j.id from RegistrationJournal j where j.code = :journal)");
            parameters.put("journal", query.journalCode());
        }
        if (query.kind() != null) {
            jpql.append(" and d.kind = :kind");
            parameters.put("kind", InvalidInputException.oneOf(query.kind(), "kind", DocumentKind.values()));
        }
        if (query.status() != null) {
            jpql.append(" and d.status = :status");
            parameters.put(
                    "status",
                    InvalidInputException.oneOf(
                            query.status(), "status", DocumentStatus.REGISTERED, DocumentStatus.CANCELLED));
        }
        if (query.registeredFrom() != null) {
            jpql.append(" and d.registeredAt >= :from");
            parameters.put("from", query.registeredFrom());
        }
        if (query.registeredTo() != null) {
            jpql.append(" and d.registeredAt < :to");
            parameters.put("to", query.registeredTo());
        }
        if (query.registeredFrom() != null && query.registeredTo() != null) {
            // The page is ordered by id, the period is a range of registration times. Left alone,
            // PostgreSQL either reads the whole period and sorts it, or walks back from the newest id
            // through every later registration, not knowing that ids and times rise together. The
            // period's registrations have ids between the smallest and the largest id registered in
            // it (in the journal asked for), read first from an index that ends in the id (V5).
            // Bounding d.id by them is exact, since they come from a superset of the rows selected,
            // and the walk back by id then starts at the period's end.
            long[] ids = idRangeOfPeriod(query);
            if (ids.length == 0) {
                return List.of();
            }
            jpql.append(" and d.id between :lowestInPeriod and :highestInPeriod");
            parameters.put("lowestInPeriod", ids[0]);
            parameters.put("highestInPeriod", ids[1]);
        }
        if (query.correspondentId() != null) {
            jpql.append(" and d.correspondent.id = :correspondent");
            parameters.put("correspondent", query.correspondentId());
        }
        if (query.caseId() != null) {
            jpql.append(" and d.nomenclatureCase.id = :case");
            parameters.put("case", query.caseId());
        }
        if (query.afterId() != null) {
            jpql.append(query.oldestFirst() ? " and d.id > :after" : " and d.id < :after");
            parameters.put("after", query.afterId());
        }
        jpql.append(query.oldestFirst() ? " order by d.id asc" : " order by d.id desc");
        TypedQuery<Long> select = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(select::setParameter);
        List<Long> page = select.setMaxResults(query.limit()).getResultList();
        if (page.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select d from Document d join fetch d.organisation join fetch d.journal"
                                + " left join fetch d.correspondent left join fetch d.nomenclatureCase"
                                + " where d.id in :page order by d.id " + (query.oldestFirst() ? "asc" : "desc"),
                        Document.class)
                .setParameter("page", page)
                .getResultStream()
                .map(RegistrationSummary::of)
                .toList();
    }

    /**
     * The smallest and the largest id registered in the query's closed period, in its journal if it
     * names one; empty when there is none. One pass over the index (journal_id, registered_at, id) or
     * (registered_at, id), which holds all it reads.
     */
    private long[] idRangeOfPeriod(RegistrationQuery query) {
        // "+ 0": a plain min(id) or max(id) PostgreSQL answers by walking the primary key from one end,
        // filtering, which crosses every registration after the period; this way it reads the period.
        StringBuilder jpql = new StringBuilder("select min(p.id + 0), max(p.id + 0) from Document p"
                + " where p.registeredAt >= :from and p.registeredAt < :to");
        List<Long> journalIds = null;
        if (query.journalCode() != null) {
            TypedQuery<Long> journals = em.createQuery(
                            "select j.id from RegistrationJournal j where j.code = :journal"
                                    + (query.organisationCode() == null
                                            ? ""
                                            : " and j.organisation.code = :organisation"),
                            Long.class)
                    .setParameter("journal", query.journalCode());
            if (query.organisationCode() != null) {
                journals.setParameter("organisation", query.organisationCode());
            }
            journalIds = journals.getResultList();
            if (journalIds.isEmpty()) {
                return new long[0];
            }
            jpql.append(" and p.journal.id in :journals");
        }
        TypedQuery<Object[]> range = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("from", query.registeredFrom())
                .setParameter("to", query.registeredTo());
        if (journalIds != null) {
            range.setParameter("journals", journalIds);
        }
        Object[] row = range.getSingleResult();
        return row[0] == null ? new long[0] : new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /**
     * An incoming document from the same correspondent with the same outgoing number and date as a
     * registered one is a probable duplicate: refused with the candidates unless the clerk has seen
     * them and confirms which one it duplicates.
     */
    private Document duplicateCheck(RegistrationJournal journal, Requisites requisites, Long confirmed) {
        if (journal.documentKind() != DocumentKind.INCOMING
                || requisites.correspondent() == null
                || requisites.correspondentNumber() == null
                || requisites.correspondentDate() == null) {
            if (confirmed != null) {
                throw new InvalidInputException("confirmedDuplicateOf", Reason.NOT_A_PROBABLE_DUPLICATE);
            }
            return null;
        }
        List<Document> candidates = em.createQuery(
                        "select d from Document d where d.organisation = :organisation and d.status = :registered"
                                + " and d.correspondent = :correspondent and d.correspondentNumber = :number"
                                + " and d.correspondentDate = :date order by d.id",
                        Document.class)
                .setParameter("organisation", journal.organisation())
                .setParameter("registered", DocumentStatus.REGISTERED)
                .setParameter("correspondent", requisites.correspondent())
                .setParameter("number", requisites.correspondentNumber().strip())
                .setParameter("date", requisites.correspondentDate())
                .setMaxResults(20)
                .getResultList();
        if (candidates.isEmpty()) {
            if (confirmed != null) {
                throw new InvalidInputException("confirmedDuplicateOf", Reason.NOT_A_PROBABLE_DUPLICATE);
            }
            return null;
        }
        if (confirmed == null) {
            Document first = candidates.get(0);
            throw new ConflictException(
                    PROBABLE_DUPLICATE,
                    candidates.stream().map(CardViews::reference).toList(),
                    Reason.PROBABLE_DUPLICATE,
                    requisites.correspondent().name(),
                    requisites.correspondentNumber().strip(),
                    requisites.correspondentDate(),
                    first.registrationNumber(),
                    first.id());
        }
        return candidates.stream()
                .filter(d -> d.id().equals(confirmed))
                .findFirst()
                .orElseThrow(() -> new InvalidInputException("confirmedDuplicateOf", Reason.NOT_AMONG_DUPLICATES));
    }

    private LocalDate today() {
        return time.today();
    }

    /** Now, to the microsecond the databases store, so a card reads the same before and after it is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /**
     * A registration the caller may read. One the caller may not read is refused exactly as one
     * that does not exist ({@link DocumentAccess#readable}), whatever is to be done with it next.
     */
    public Document require(long documentId) {
        Document document = access.readable(rights.caller().username(), documentId);
        if (document.journal() == null) {
            throw new UnknownEntityException(Reason.UNKNOWN_REGISTRATION, documentId);
        }
        return document;
    }
}
