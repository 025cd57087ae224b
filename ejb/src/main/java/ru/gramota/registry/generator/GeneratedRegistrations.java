package ru.gramota.registry.generator;

import static ru.gramota.registry.Documents.DOCUMENT;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import ru.gramota.files.BlobStore;
import ru.gramota.files.StagedBlob;
import ru.gramota.files.TextStatus;
import ru.gramota.org.Department;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.Change;
import ru.gramota.platform.Changes;
import ru.gramota.platform.DatabaseProduct;
import ru.gramota.platform.DatabaseSchema;
import ru.gramota.platform.FieldError;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentFile;
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.PlainRequisite;
import ru.gramota.registry.RegistrationCounters;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.RequisiteValues;
import ru.gramota.registry.Requisites;
import ru.gramota.registry.generator.GeneratorPools.Pool;

/**
 * Writes generated registrations for benchmarks and demos (the data generator's job in the batch
 * module, {@code ru.gramota.batch.generator}): blocks of cards registered under consecutive numbers
 * of their journal, reserved in one go so that registrations made by people meanwhile simply get the
 * numbers after the block. {@link GeneratorPools} prepares what the cards refer to.
 *
 * <p>Nothing here checks the caller: the generator checks that the installation allows it and that
 * an installation administrator starts it, and runs in a batch thread with no caller of its own.
 * The cards are built through the domain ({@link Requisites}, {@link Document}) like any other; what
 * differs from registering by hand ({@code registry.service.Registrations}) is only that one block
 * takes one lock of the counter, writes its index journal rows in one statement, and is audited once
 * per run ({@link #recordRun}), not once per card. It is apart from the registration services because
 * it is the generator's writer, not a way in for clerks.
 */
@Stateless
public class GeneratedRegistrations {

    /** The audit action of one generator run. */
    public static final String GENERATE = "GENERATE";

    private static final String JOURNAL = "JOURNAL";

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @EJB
    private RegistrationCounters counters;

    @Inject
    private Changes changes;

    @Inject
    private Clock clock;

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Inject
    private BusinessTime time;

    @Inject
    private BlobStore blobs;

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
            Instant registeredAt,
            Attachment attachment) {

        /** The same card with that file (null: none). */
        public Card with(Attachment file) {
            return new Card(
                    title,
                    documentType,
                    documentDate,
                    pages,
                    correspondentId,
                    correspondentNumber,
                    correspondentDate,
                    signatoryName,
                    signatoryUserId,
                    addresseeUserIds,
                    addresseeCorrespondentIds,
                    executorUserId,
                    onControl,
                    controlDeadline,
                    caseId,
                    deliveryChannel,
                    registeredAt,
                    file);
        }
    }

    /**
     * A generated card's file: plain text, stored in the blob store like an upload and recorded with its
     * text as extracted, so that search finds its words as it finds those of a scan's text.
     */
    public record Attachment(String fileName, String text) {}

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

    /**
     * Registers a block of cards in the pool's journal, in the caller's transaction (a chunk of the
     * generator job): builds every card first, then reserves the block's numbers, which keeps the
     * journal's counter row locked until the transaction commits, a fraction of a second for a
     * thousand cards. Clears the persistence context at the end, so that a long run holds no cards.
     *
     * @return the ids of the registered documents, in the order of their numbers
     * @throws IllegalStateException when a card lacks what its kind needs (a generator fault)
     */
    @TransactionAttribute(TransactionAttributeType.MANDATORY)
    public List<Long> register(Pool pool, List<Card> cards, String registeredBy) {
        RegistrationJournal journal = em.find(RegistrationJournal.class, pool.journalId());
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
            Requisites requisites = requisites(card, department, correspondents, cases);
            List<FieldError> violations = requisites.violations(journal.documentKind(), card.documentDate(), today);
            if (!violations.isEmpty()) {
                throw new IllegalStateException("A generated card is incomplete: " + violations);
            }
            documents.add(new Document(journal, card.documentDate(), requisites, null));
        }
        int first = counters.reserve(journal.id(), pool.year(), cards.size());
        for (int i = 0; i < documents.size(); i++) {
            Document document = documents.get(i);
            document.register(pool.year(), first + i, cards.get(i).registeredAt(), registeredBy);
            em.persist(document);
        }
        em.flush();
        for (int i = 0; i < documents.size(); i++) {
            Attachment file = cards.get(i).attachment();
            if (file != null) {
                em.persist(stored(documents.get(i), file, cards.get(i).registeredAt(), registeredBy));
            }
        }
        List<Long> ids = documents.stream().map(Document::id).toList();
        changes.record(Change.withinAuditedRun(DOCUMENT, ids));
        em.clear();
        return ids;
    }

    /** The file's record, its content stored in the blob store first (content-addressed: a second time is a no-op). */
    private DocumentFile stored(Document document, Attachment file, Instant at, String by) {
        byte[] bytes = file.text().getBytes(StandardCharsets.UTF_8);
        try (StagedBlob staged = blobs.stage(new ByteArrayInputStream(bytes), bytes.length)) {
            staged.commit();
            return new DocumentFile(
                    document,
                    staged.sha256(),
                    file.fileName(),
                    "text/plain",
                    staged.size(),
                    1,
                    file.text(),
                    TextStatus.EXTRACTED.name(),
                    at,
                    by);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot store a generated file in the blob store", e);
        }
    }

    /** A generated card's requisites, its correspondents and case looked up already; never ДСП. */
    private static Requisites requisites(
            Card card,
            Department department,
            Map<Long, Correspondent> correspondents,
            Map<Long, NomenclatureCase> cases) {
        return new Requisites(
                card.title(),
                card.documentType(),
                null,
                plain(card),
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
                false);
    }

    private static RequisiteValues plain(Card card) {
        Map<PlainRequisite, Object> values = new EnumMap<>(PlainRequisite.class);
        values.put(PlainRequisite.PAGES, card.pages());
        values.put(PlainRequisite.DELIVERY_CHANNEL, card.deliveryChannel());
        return RequisiteValues.of(values);
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
            if (DatabaseProduct.isPostgreSQL()) {
                for (String table : List.of(
                        "document", "document_participant", "document_addressee", "document_file", "index_journal")) {
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
        changes.record(Change.of(GENERATE, JOURNAL, organisationCode + "/" + journalCode)
                .by(startedBy)
                .states(null, after));
    }

    private LocalDate today() {
        return time.today();
    }
}
