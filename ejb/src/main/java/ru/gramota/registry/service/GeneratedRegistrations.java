package ru.gramota.registry.service;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import ru.gramota.audit.AuditTrail;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.DatabaseSchema;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.Reason;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.CorrespondentKind;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.RegistrationCounters;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.Requisites;
import ru.gramota.registry.RetentionPeriod;
import ru.gramota.search.SearchJournal;

/**
 * Writes generated registrations for benchmarks and demos (the data generator's job in the batch
 * module): the directory entries and cases the cards refer to, then blocks of cards registered
 * under consecutive numbers of their journal, reserved in one go so that registrations made by
 * people meanwhile simply get the numbers after the block.
 *
 * <p>Nothing here checks the caller: the generator checks that the installation allows it and that
 * an installation administrator starts it, and runs in a batch thread with no caller of its own.
 * The cards are built through the domain ({@link Requisites}, {@link Document}) like any other; what
 * differs from {@link Registrations} is only that one block takes one lock of the counter, writes
 * its index journal rows in one statement, and is audited once per run ({@link #recordRun}), not
 * once per card.
 */
@Stateless
public class GeneratedRegistrations {

    /** The audit action of one generator run. */
    public static final String GENERATE = "GENERATE";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private RegistrationCounters counters;

    @EJB
    private SearchJournal searchJournal;

    @EJB
    private AuditTrail audit;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Inject
    private BusinessTime time;

    /** An entry of the correspondents directory the generator makes sure exists. */
    public record CorrespondentEntry(CorrespondentKind kind, String name, String inn, String address) {}

    /** A case of the nomenclature the generator makes sure exists; {@code retentionYears} null is permanent. */
    public record CaseEntry(String index, String title, Integer retentionYears, String article) {}

    /**
     * What generated cards may refer to, by id: the journal, correspondents of the kind the journal
     * needs, cases of the year, and the people who sign and receive documents written here.
     */
    public record Pool(
            long journalId,
            String organisationCode,
            String journalCode,
            DocumentKind kind,
            String numberPattern,
            int year,
            List<Long> organisationIds,
            List<Long> citizenIds,
            List<Long> caseIds,
            Long departmentId,
            List<Long> employeeIds) {

        /** Whether every card needs a case, because the number carries its index. */
        public boolean needsCase() {
            return new NumberPattern(numberPattern).needsCaseIndex();
        }
    }

    /**
     * One card to register: its requisites by id, its date, and when it counts as registered.
     * {@code registeredAt} must not go backwards within a block, so that numbers follow time.
     */
    public record Card(
            String title,
            String documentType,
            LocalDate documentDate,
            Integer pages,
            Long correspondentId,
            String correspondentNumber,
            LocalDate correspondentDate,
            String signatoryName,
            Long signatoryUserId,
            List<Long> addresseeUserIds,
            List<Long> addresseeCorrespondentIds,
            Long executorUserId,
            boolean onControl,
            LocalDate controlDeadline,
            Long caseId,
            String deliveryChannel,
            Instant registeredAt) {}

    /** The journal, or UnknownEntityException (404) naming what is missing. */
    public JournalView journal(String organisationCode, String journalCode) {
        return JournalView.of(requireJournal(organisationCode, journalCode));
    }

    private RegistrationJournal requireJournal(String organisationCode, String journalCode) {
        if (em.createNamedQuery(Organisation.BY_CODE, Organisation.class)
                .setParameter("code", organisationCode)
                .getResultList()
                .isEmpty()) {
            throw new UnknownEntityException(Reason.UNKNOWN_ORGANISATION, organisationCode);
        }
        return em.createQuery(
                        "select j from RegistrationJournal j where j.organisation.code = :organisation and j.code = :code",
                        RegistrationJournal.class)
                .setParameter("organisation", organisationCode)
                .setParameter("code", journalCode)
                .getResultStream()
                .findFirst()
                .orElseThrow(
                        () -> new UnknownEntityException(Reason.UNKNOWN_JOURNAL, organisationCode + "/" + journalCode));
    }

    /**
     * When generated cards are registered: from the start of this year in the region's time zone
     * until now, so that no card is dated after today and their numbers are this year's.
     */
    public record Period(int year, Instant from, Instant until, String zone) {}

    public Period currentPeriod() {
        ZoneId zone = time.zone();
        Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
        LocalDate today = LocalDate.ofInstant(now, zone);
        return new Period(
                today.getYear(), today.withDayOfYear(1).atStartOfDay(zone).toInstant(), now, zone.getId());
    }

    /** The pool of a journal prepared before ({@link #prepare}), without adding anything. */
    public Pool pool(String organisationCode, String journalCode, int year, List<CorrespondentEntry> correspondents) {
        return pool(requireJournal(organisationCode, journalCode), year, correspondents);
    }

    /**
     * Makes sure the directory holds the given organisations (shared) and citizens (the journal's
     * organisation's own), and the nomenclature the given cases for the year; adds what is missing,
     * matching by name and index. Then answers the pool the cards will draw from.
     *
     * @throws IllegalStateException when the journal's kind needs a signatory or addressees and the
     *     organisation has no active employee, or its numbers need a department it does not have
     */
    public Pool prepare(
            String organisationCode,
            String journalCode,
            int year,
            List<CorrespondentEntry> correspondents,
            List<CaseEntry> cases) {
        RegistrationJournal journal = requireJournal(organisationCode, journalCode);
        Organisation organisation = journal.organisation();
        Map<String, Correspondent> existing = new HashMap<>();
        Set<String> keys = correspondents.stream()
                .map(c -> Correspondent.searchKey(c.name()))
                .collect(Collectors.toSet());
        for (Correspondent c : directory(organisation, keys)) {
            existing.putIfAbsent(c.kind() + "|" + Correspondent.searchKey(c.name()), c);
        }
        for (CorrespondentEntry entry : correspondents) {
            String key = entry.kind() + "|" + Correspondent.searchKey(entry.name());
            if (!existing.containsKey(key)) {
                Correspondent created =
                        new Correspondent(entry.kind(), entry.name(), entry.inn(), entry.address(), null, organisation);
                em.persist(created);
                existing.put(key, created);
            }
        }
        Set<String> indexes = new HashSet<>(em.createQuery(
                        "select c.index from NomenclatureCase c where c.organisation = :organisation and c.year = :year",
                        String.class)
                .setParameter("organisation", organisation)
                .setParameter("year", year)
                .getResultList());
        for (CaseEntry entry : cases) {
            if (indexes.add(entry.index())) {
                RetentionPeriod retention = entry.retentionYears() == null
                        ? RetentionPeriod.of(RetentionPeriod.Kind.PERMANENT, null)
                        : RetentionPeriod.of(RetentionPeriod.Kind.YEARS, entry.retentionYears());
                em.persist(new NomenclatureCase(
                        organisation, year, entry.index(), entry.title(), retention, entry.article(), false));
            }
        }
        em.flush();
        return pool(journal, year, correspondents);
    }

    private Pool pool(RegistrationJournal journal, int year, List<CorrespondentEntry> correspondents) {
        Organisation organisation = journal.organisation();
        Set<String> keys = correspondents.stream()
                .map(c -> Correspondent.searchKey(c.name()))
                .collect(Collectors.toSet());
        List<Correspondent> directory = directory(organisation, keys);
        List<Long> organisations = ids(directory, CorrespondentKind.ORGANISATION);
        List<Long> citizens = ids(directory, CorrespondentKind.CITIZEN);
        List<Long> cases = em.createQuery(
                        "select c.id from NomenclatureCase c where c.organisation = :organisation and c.year = :year"
                                + " order by c.index",
                        Long.class)
                .setParameter("organisation", organisation)
                .setParameter("year", year)
                .getResultList();
        List<Long> employees = em.createQuery(
                        "select u.id from UserAccount u where u.organisation = :organisation and u.active = true"
                                + " order by u.id",
                        Long.class)
                .setParameter("organisation", organisation)
                .getResultList();
        DocumentKind kind = journal.documentKind();
        boolean needsPeople =
                kind == DocumentKind.OUTGOING || kind == DocumentKind.INTERNAL || kind == DocumentKind.ACT;
        if (needsPeople && employees.isEmpty()) {
            throw new IllegalStateException("The journal " + journal.code() + " registers " + kind
                    + " documents, which need a signatory" + (kind == DocumentKind.INTERNAL ? " and addressees" : "")
                    + " among the organisation's people, but " + organisation.code()
                    + " has no active employee; add one (POST /api/v1/employees) and start the generator again");
        }
        if (kind == DocumentKind.INCOMING && organisations.isEmpty()
                || kind == DocumentKind.CITIZEN_APPEAL && citizens.isEmpty()
                || kind == DocumentKind.OUTGOING && organisations.isEmpty()) {
            throw new IllegalStateException("No correspondents to generate " + kind + " documents from");
        }
        if (journal.numberPattern().needsCaseIndex() && cases.isEmpty()) {
            throw new IllegalStateException("The journal's numbers carry a case index, but " + organisation.code()
                    + " has no case in the nomenclature of " + year);
        }
        Long department = null;
        if (journal.numberPattern().needsDepartment()) {
            department = em.createNamedQuery(Department.OF_ORGANISATION, Department.class)
                    .setParameter("organisation", organisation.code())
                    .getResultStream()
                    .map(Department::id)
                    .findFirst()
                    .orElseThrow(() -> new IllegalStateException("The journal's numbers carry a department code, but "
                            + organisation.code() + " has no department"));
        }
        return new Pool(
                journal.id(),
                organisation.code(),
                journal.code(),
                kind,
                journal.numberPattern().pattern(),
                year,
                organisations,
                citizens,
                cases,
                department,
                employees);
    }

    /** The shared organisations and the organisation's own citizens with these search keys, oldest first. */
    private List<Correspondent> directory(Organisation organisation, Collection<String> keys) {
        if (keys.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select c from Correspondent c where c.searchKey in :keys and c.active = true"
                                + " and (c.owner is null or c.owner = :organisation) order by c.id",
                        Correspondent.class)
                .setParameter("keys", keys)
                .setParameter("organisation", organisation)
                .getResultList();
    }

    private static List<Long> ids(List<Correspondent> directory, CorrespondentKind kind) {
        Map<String, Long> first = new LinkedHashMap<>();
        directory.stream().filter(c -> c.kind() == kind).forEach(c -> first.putIfAbsent(c.name(), c.id()));
        return List.copyOf(first.values());
    }

    /**
     * Registers a block of cards in the pool's journal, in the caller's transaction (a chunk of the
     * generator job): builds every card first, then reserves the block's numbers, which keeps the
     * journal's counter row locked until the transaction commits, a fraction of a second for a
     * thousand cards. Clears the persistence context at the end, so that a long run holds no cards.
     *
     * @return the first number of the block
     * @throws IllegalStateException when a card lacks what its kind needs (a generator fault)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public int register(Pool pool, List<Card> cards, String registeredBy) {
        RegistrationJournal journal = em.find(RegistrationJournal.class, pool.journalId());
        NumberPattern pattern = journal.numberPattern();
        Map<Long, Correspondent> correspondents = byId(
                Correspondent.class,
                cards.stream()
                        .flatMap(c -> c.correspondentId() == null
                                ? c.addresseeCorrespondentIds().stream()
                                : Stream.concat(Stream.of(c.correspondentId()), c.addresseeCorrespondentIds().stream()))
                        .collect(Collectors.toSet()),
                Correspondent::id);
        Map<Long, NomenclatureCase> cases = byId(
                NomenclatureCase.class,
                cards.stream().map(Card::caseId).filter(Objects::nonNull).collect(Collectors.toSet()),
                NomenclatureCase::id);
        Department department = pool.departmentId() == null ? null : em.find(Department.class, pool.departmentId());
        LocalDate today = today();
        List<Document> documents = new ArrayList<>(cards.size());
        for (Card card : cards) {
            Requisites requisites = new Requisites(
                    card.title(),
                    card.documentType(),
                    null,
                    card.pages(),
                    department,
                    card.correspondentId() == null ? null : correspondents.get(card.correspondentId()),
                    card.correspondentNumber(),
                    card.correspondentDate(),
                    card.signatoryName(),
                    card.signatoryUserId(),
                    card.addresseeUserIds(),
                    card.addresseeCorrespondentIds().stream()
                            .map(correspondents::get)
                            .toList(),
                    card.executorUserId(),
                    card.onControl(),
                    card.controlDeadline(),
                    card.caseId() == null ? null : cases.get(card.caseId()),
                    card.deliveryChannel(),
                    false);
            List<FieldError> violations = requisites.violations(journal.documentKind(), card.documentDate(), today);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("A generated card is incomplete: " + violations);
            }
            documents.add(new Document(journal, card.documentDate(), requisites, null));
        }
        int first = counters.reserve(journal.id(), pool.year(), cards.size());
        String departmentCode = department == null ? null : department.code();
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            int sequence = first + i;
            String caseIndex = document.nomenclatureCase() == null
                    ? null
                    : document.nomenclatureCase().index();
            document.register(
                    pool.year(),
                    sequence,
                    pattern.format(sequence, pool.year(), caseIndex, departmentCode),
                    cards.get(i).registeredAt(),
                    registeredBy);
            em.persist(document);
        }
        em.flush();
        searchJournal.changedDocuments(documents.stream().map(Document::id).toList());
        em.clear();
        return first;
    }

    private <T> Map<Long, T> byId(Class<T> type, Set<Long> ids, Function<T, Long> id) {
        if (ids.isEmpty()) {
            return Map.of();
        }
        return em.createQuery("select e from " + type.getSimpleName() + " e where e.id in :ids", type)
                .setParameter("ids", ids)
                .getResultStream()
                .collect(Collectors.toMap(id, Function.identity()));
    }

    /**
     * Refreshes the database's statistics and visibility map of the tables a run filled: after a bulk
     * load the planner would otherwise plan the lists with the numbers from before it, and read the
     * table where an index would do, until autovacuum catches up. Outside any transaction, since
     * PostgreSQL runs VACUUM only there.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public void refreshStatistics() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement()) {
            connection.setAutoCommit(true);
            if (connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase(Locale.ROOT)
                    .contains("postgres")) {
                for (String table :
                        List.of("document", "document_participant", "document_addressee", "index_journal")) {
                    statement.execute("vacuum (analyze) " + DatabaseSchema.SCHEMA + "." + table);
                }
            } else {
                statement.execute("analyze");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not refresh the database statistics: " + e.getMessage(), e);
        }
    }

    /** The one audit record of a generator run, on behalf of whoever started it. */
    @TransactionAttribute(TransactionAttributeType.REQUIRED)
    public void recordRun(
            String startedBy, String organisationCode, String journalCode, int year, int count, long executionId) {
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("organisation", organisationCode);
        after.put("journal", journalCode);
        after.put("year", year);
        after.put("count", count);
        after.put("executionId", executionId);
        audit.recordAs(startedBy, GENERATE, "JOURNAL", organisationCode + "/" + journalCode, null, after);
    }

    private LocalDate today() {
        return time.today();
    }
}
