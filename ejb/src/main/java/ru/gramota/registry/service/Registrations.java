package ru.gramota.registry.service;

import static ru.gramota.registry.Documents.DOCUMENT;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import ru.gramota.access.AdministrationRights;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Correspondence;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.DocumentLink;
import ru.gramota.registry.DocumentStatus;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.RegistrationCounters;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.RegistryReason;
import ru.gramota.registry.Requisites;
import ru.gramota.registry.access.DocumentAccess;

/**
 * Registers documents under numbers unique within their journal and year, corrects and cancels
 * registrations, reads cards and lists them.
 *
 * <p>Numbering: the card is checked and everything its answer shows is read first; only then is the
 * journal's counter row for the year locked and incremented (one statement), and the numbered card
 * written once, so the lock is held for the last moment of the registering transaction. A
 * registration that fails before that consumes no number; one that fails after it rolls the counter
 * back with it. The unique key on (journal, year, sequence) is the last guard, in a
 * cluster too, since the database decides.
 */
@Stateless
public class Registrations {

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

    @Inject
    private RegistrationRepository repository;

    @EJB
    private RequisitesLookup lookup;

    @EJB
    private RegistrationCounters counters;

    @EJB
    private DocumentAccess access;

    @Inject
    private Changes changes;

    @EJB
    private CardViews views;

    @Inject
    private Clock clock;

    @Inject
    private BusinessTime time;

    public RegistrationCard register(NewRegistration request) {
        RegistrationJournal journal = journals.require(request.organisationCode(), request.journalCode());
        UserAccount clerk = clerks.requireClerkOf(journal.organisation(), RegistryReason.ONLY_REGISTRY_REGISTERS);
        LocalDate today = today();
        LocalDate documentDate = request.documentDate() == null ? today : request.documentDate();
        if (documentDate.isAfter(today)) {
            throw new InvalidInputException("documentDate", RegistryReason.DOCUMENT_DATE_IN_FUTURE);
        }
        int year = today.getYear();
        Requisites requisites = lookup.resolve(
                request.card(), journal.organisation(), journal.documentKind(), year, documentDate, today);
        NumberPattern pattern = journal.numberPattern();
        String departmentCode =
                requisites.department() == null ? null : requisites.department().code();
        // Formatting a trial number first refuses a missing case index before any number is taken.
        pattern.format(1, year, requisites.filing().caseIndex(), departmentCode);
        Document duplicateOf = duplicateCheck(journal, requisites, request.confirmedDuplicateOf());
        Document document = new Document(journal, documentDate, requisites, duplicateOf);
        // Everything the answer shows is read now: from here to the commit, the journal's counter is
        // locked, and other registrations into the journal wait.
        CardViews.Prepared card = views.prepareNew(document, clerk.username(), duplicateOf);
        int sequence = counters.next(journal.id(), year);
        document.register(year, sequence, now(), clerk.username());
        // The card is written once, numbered. Written before its number and numbered by an update, every
        // registration left a dead row version and twice the index entries (docs/benchmarks.md).
        em.persist(document);
        if (duplicateOf != null) {
            em.persist(new DocumentLink(document, duplicateOf, LinkType.RELATED_TO, now(), clerk.username()));
        }
        em.flush(); // the card shows the id and version the registration stored
        changes.record(Change.of("REGISTER", DOCUMENT, document.id())
                .states(null, document.auditState())
                .reindexing(DOCUMENT, document.id()));
        return card.card();
    }

    /**
     * Corrects a registered card's requisites. {@code expectedVersion} is the version the clerk read;
     * if someone changed the card since, nothing is written and the answer is a conflict.
     */
    public RegistrationCard correct(long documentId, Long expectedVersion, CardInput input) {
        Document document = require(documentId);
        UserAccount clerk = clerks.requireClerkOf(document.organisation(), RegistryReason.ONLY_REGISTRY_CORRECTS);
        if (expectedVersion == null) {
            throw new InvalidInputException("version", CommonReason.VERSION_REQUIRED);
        }
        if (expectedVersion != document.version()) {
            throw new ConflictException(RegistryReason.CARD_CHANGED, expectedVersion, document.version());
        }
        if (document.status() != DocumentStatus.REGISTERED) {
            throw new ConflictException(
                    RegistryReason.NOT_CORRECTABLE, document.status().phrase());
        }
        Requisites requisites = lookup.resolve(
                input,
                document.organisation(),
                document.kind(),
                document.number().year(),
                document.documentDate(),
                today());
        if (document.journal().numberPattern().needsCaseIndex()
                && !Objects.equals(
                        document.filing().caseIndex(), requisites.filing().caseIndex())) {
            throw new InvalidInputException(
                    "caseIndex", RegistryReason.CASE_INDEX_IN_NUMBER, document.registrationNumber());
        }
        Map<String, Object> auditBefore = document.auditState();
        document.correct(requisites, now(), clerk.username());
        em.flush();
        changes.record(Change.of("EDIT", DOCUMENT, documentId)
                .states(auditBefore, document.auditState())
                .reindexing(DOCUMENT, documentId));
        return views.card(document, clerk.username());
    }

    public RegistrationCard cancel(long documentId, String reason) {
        Document document = require(documentId);
        UserAccount clerk = clerks.requireClerkOf(document.organisation(), RegistryReason.ONLY_REGISTRY_CANCELS);
        Map<String, Object> before = document.auditState();
        document.cancel(reason, now());
        changes.record(Change.of("CANCEL", DOCUMENT, documentId)
                .states(before, document.auditState())
                .reindexing(DOCUMENT, documentId));
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
     * The registrations the caller may read, filtered and paged by key; the access policy is part of
     * the query ({@link RegistrationRepository#page}).
     */
    public List<RegistrationSummary> list(RegistrationQuery query) {
        return repository.page(query, access.readFilter(rights.caller().username()));
    }

    /**
     * An incoming document from the same correspondent with the same outgoing number and date as a
     * registered one is a probable duplicate: refused with the candidates unless the clerk has seen
     * them and confirms which one it duplicates.
     */
    private Document duplicateCheck(RegistrationJournal journal, Requisites requisites, Long confirmed) {
        Correspondence from = requisites.correspondence();
        if (journal.documentKind() != DocumentKind.INCOMING || !from.identifiesDuplicates()) {
            if (confirmed != null) {
                throw new InvalidInputException("confirmedDuplicateOf", RegistryReason.NOT_A_PROBABLE_DUPLICATE);
            }
            return null;
        }
        List<Document> candidates = repository.probableDuplicates(journal.organisation(), from);
        if (candidates.isEmpty()) {
            if (confirmed != null) {
                throw new InvalidInputException("confirmedDuplicateOf", RegistryReason.NOT_A_PROBABLE_DUPLICATE);
            }
            return null;
        }
        if (confirmed == null) {
            Document first = candidates.get(0);
            throw new ConflictException(
                    PROBABLE_DUPLICATE,
                    candidates.stream().map(CardViews::reference).toList(),
                    RegistryReason.PROBABLE_DUPLICATE,
                    from.correspondent().name(),
                    from.senderNumber(),
                    from.senderDate(),
                    first.registrationNumber(),
                    first.id());
        }
        return candidates.stream()
                .filter(d -> d.id().equals(confirmed))
                .findFirst()
                .orElseThrow(
                        () -> new InvalidInputException("confirmedDuplicateOf", RegistryReason.NOT_AMONG_DUPLICATES));
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
            throw new UnknownEntityException(RegistryReason.UNKNOWN_REGISTRATION, documentId);
        }
        return document;
    }
}
