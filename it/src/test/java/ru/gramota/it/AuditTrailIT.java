package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.audit.AuditQuery;
import ru.gramota.audit.AuditRecord;
import ru.gramota.audit.AuditTrail;
import ru.gramota.audit.AuditVerification;
import ru.gramota.batch.BatchJobs;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.Organisations;

/**
 * The audit trail records every change with its state before and after, and its hash chain shows an
 * edited, deleted or inserted row, and the heads anchored outside the database show a chain rewritten
 * with its head. Tampering is done with plain SQL, as someone with database access would, on sealed
 * records, and undone at the end of each test.
 */
@ExtendWith(ArquillianExtension.class)
class AuditTrailIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private Organisations organisations;

    @EJB
    private AuditTrail audit;

    @EJB
    private BatchJobs jobs;

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Test
    void aChangeIsRecordedWithItsStateBeforeAndAfter() {
        Instant start = Instant.now().minusSeconds(1);
        String code = newOrganisation();
        organisations.rename(
                code,
                "Администрация Тестового поселения",
                null,
                organisations.require(code).version());

        List<AuditRecord> records = audit.search(
                new AuditQuery(null, "ORGANISATION", code, start, Instant.now().plusSeconds(1), null, 10));

        assertEquals(
                List.of("UPDATE", "CREATE"),
                records.stream().map(AuditRecord::action).toList());
        AuditRecord update = records.get(0);
        assertTrue(update.beforeState().orElseThrow().contains("\"name\":\"Тестовое поселение\""));
        assertTrue(update.afterState().orElseThrow().contains("\"name\":\"Администрация Тестового поселения\""));
        assertEquals("system", update.actor(), "in-container test code runs as no signed-in user");
    }

    @Test
    void anEditedRecordIsFoundAndLocated() throws Exception {
        long seq = createRecord();
        String original = column(seq, "after_state");
        assertTrue(audit.verify().intact());

        execute(
                "update gramota.audit_record set after_state = ? where seq = ?",
                original.replace("Тестовое", "Поддельное"),
                seq);
        try {
            AuditVerification verdict = audit.verify();

            assertEquals(seq, verdict.firstBrokenSeq().orElseThrow());
            assertTrue(
                    verdict.problem().orElseThrow().contains("changed"),
                    verdict.problem().orElseThrow());
        } finally {
            execute("update gramota.audit_record set after_state = ? where seq = ?", original, seq);
        }
        assertTrue(audit.verify().intact());
    }

    @Test
    void aDeletedRecordInTheMiddleIsFoundAndLocated() throws Exception {
        long seq = createRecord();
        createRecord();
        execute("create table gramota.audit_record_saved as select * from gramota.audit_record where seq = ?", seq);
        try {
            execute("delete from gramota.audit_record where seq = ?", seq);

            AuditVerification verdict = audit.verify();

            assertEquals(seq, verdict.firstBrokenSeq().orElseThrow());
            assertTrue(
                    verdict.problem().orElseThrow().contains("missing"),
                    verdict.problem().orElseThrow());
        } finally {
            execute("insert into gramota.audit_record select * from gramota.audit_record_saved");
            execute("drop table gramota.audit_record_saved");
        }
        assertTrue(audit.verify().intact());
    }

    @Test
    void aDeletedLastRecordIsFound() throws Exception {
        long seq = createRecord();
        execute("create table gramota.audit_record_saved as select * from gramota.audit_record where seq = ?", seq);
        try {
            execute("delete from gramota.audit_record where seq = ?", seq);

            AuditVerification verdict = audit.verify();

            assertEquals(seq, verdict.firstBrokenSeq().orElseThrow());
        } finally {
            execute("insert into gramota.audit_record select * from gramota.audit_record_saved");
            execute("drop table gramota.audit_record_saved");
        }
        assertTrue(audit.verify().intact());
    }

    @Test
    void theVerificationJobCompletesOnAnIntactChainAndFailsOnABrokenOne() throws Exception {
        long seq = createRecord();
        long intact = runVerificationJob();
        assertEquals(BatchStatus.COMPLETED, jobs.execution(intact).orElseThrow().getBatchStatus());
        assertTrue(jobs.execution(intact).orElseThrow().getExitStatus().startsWith("INTACT "));

        String original = column(seq, "actor");
        execute("update gramota.audit_record set actor = 'someone.else' where seq = ?", seq);
        try {
            long broken = runVerificationJob();

            assertEquals(
                    BatchStatus.FAILED, jobs.execution(broken).orElseThrow().getBatchStatus());
            assertTrue(
                    jobs.execution(broken).orElseThrow().getExitStatus().startsWith("BROKEN at " + seq + ":"),
                    jobs.execution(broken).orElseThrow().getExitStatus());
        } finally {
            execute("update gramota.audit_record set actor = ? where seq = ?", original, seq);
        }
    }

    @Test
    void anInsertedRecordIsFoundAndNamed() throws Exception {
        long first = createRecord();
        long second = createRecord();
        long place = Long.parseLong(column(second, "chain_position"));
        long forged = second + 1_000_000;
        Instant at = Instant.now().truncatedTo(ChronoUnit.MILLIS);
        String after = "{\"name\":\"Подложное поселение\"}";
        String hash = AuditChainRule.hash(
                place, column(first, "hash"), forged, at, "system", "CREATE", "ORGANISATION", "FORGED", null, after);
        // room at the second record's place, as someone rewriting the table would make it
        shiftPlaces(place, 1);
        try {
            execute(
                    "insert into gramota.audit_record (seq, occurred_at, actor, action, object_type, object_id,"
                            + " after_state, chain_position, prev_seq, prev_hash, hash)"
                            + " values (?, ?, 'system', 'CREATE', 'ORGANISATION', 'FORGED', ?, ?, ?, ?, ?)",
                    forged,
                    Timestamp.from(at),
                    after,
                    place,
                    first,
                    column(first, "hash"),
                    hash);

            AuditVerification verdict = audit.verify();

            assertEquals(forged, verdict.firstBrokenSeq().orElseThrow());
            assertTrue(
                    verdict.problem().orElseThrow().contains("inserted"),
                    verdict.problem().orElseThrow());
        } finally {
            execute("delete from gramota.audit_record where seq = ?", forged);
            shiftPlaces(place + 1, -1);
        }
        assertTrue(audit.verify().intact());
    }

    @Test
    void aChainRewrittenWithItsHeadDiffersFromTheHeadAnchoredOutsideTheDatabase() throws Exception {
        long seq = createRecord();
        long place = Long.parseLong(column(seq, "chain_position"));
        Awaiting.until(
                "the head at place " + place + " anchored", Duration.ofSeconds(10), () -> lastAnchored() >= place);
        String original = column(seq, "after_state");
        String originalHash = column(seq, "hash");
        String rewritten = original.replace("Тестовое", "Переписанное");
        // the record and the head rewritten together, every hash recomputed: consistent in the database
        String hash = AuditChainRule.hash(
                place,
                column(seq, "prev_hash"),
                seq,
                occurredAt(seq),
                column(seq, "actor"),
                column(seq, "action"),
                column(seq, "object_type"),
                column(seq, "object_id"),
                column(seq, "before_state"),
                rewritten);
        execute("update gramota.audit_record set after_state = ?, hash = ? where seq = ?", rewritten, hash, seq);
        execute("update gramota.audit_chain set last_hash = ? where last_record = ?", hash, seq);
        try {
            AuditVerification verdict = audit.verify();

            assertEquals(seq, verdict.firstBrokenSeq().orElseThrow());
            assertTrue(
                    verdict.problem().orElseThrow().contains("rewritten"),
                    verdict.problem().orElseThrow());
        } finally {
            execute(
                    "update gramota.audit_record set after_state = ?, hash = ? where seq = ?",
                    original,
                    originalHash,
                    seq);
            execute("update gramota.audit_chain set last_hash = ? where last_record = ?", originalHash, seq);
        }
        assertTrue(audit.verify().intact());
    }

    /** Moves the records from {@code place} on by {@code by} places (through negative places, as the index is unique). */
    private void shiftPlaces(long place, long by) throws Exception {
        execute(
                "update gramota.audit_record set chain_position = -(chain_position + ?) where chain_position >= ?",
                by,
                place);
        execute("update gramota.audit_record set chain_position = -chain_position where chain_position < 0");
    }

    /** The place of the last head anchored in this node's anchor file, 0 if none. */
    private static long lastAnchored() {
        Path anchors = Path.of(System.getProperty("jboss.server.data.dir"), "gramota", "audit", "anchors.log");
        try {
            List<String> lines = Files.exists(anchors) ? Files.readAllLines(anchors) : List.of();
            return lines.isEmpty()
                    ? 0
                    : Long.parseLong(lines.get(lines.size() - 1).split(" ")[0]);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long runVerificationJob() {
        long execution = jobs.start("audit-verification", new Properties());
        Awaiting.until(
                "audit verification job finished",
                Duration.ofSeconds(60),
                () -> EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED)
                        .contains(jobs.execution(execution).orElseThrow().getBatchStatus()));
        return execution;
    }

    private String newOrganisation() {
        String code = "IT-A-" + UUID.randomUUID().toString().substring(0, 8);
        organisations.create(code, "Тестовое поселение", OrganisationKind.SETTLEMENT, "GOV");
        return code;
    }

    /**
     * Makes a change and returns the sequence number of its audit record, once sealed: a record is
     * tampered with after its seal (before it, the chain cannot tell; docs/access.md).
     */
    private long createRecord() {
        String code = newOrganisation();
        long seq = audit.search(new AuditQuery(null, "ORGANISATION", code, null, null, null, 1))
                .get(0)
                .seq();
        Awaiting.until("record " + seq + " sealed", Duration.ofSeconds(1), () -> {
            try {
                return column(seq, "chain_position") != null;
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        });
        return seq;
    }

    private String column(long seq, String column) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select " + column + " from gramota.audit_record where seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getString(1);
            }
        }
    }

    private Instant occurredAt(long seq) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select occurred_at from gramota.audit_record where seq = ?")) {
            select.setLong(1, seq);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next());
                return row.getObject(1, OffsetDateTime.class).toInstant();
            }
        }
    }

    private void execute(String sql, Object... parameters) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }
}
