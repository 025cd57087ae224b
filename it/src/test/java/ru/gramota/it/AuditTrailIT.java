package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.batch.runtime.BatchStatus;
import jakarta.ejb.EJB;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
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
 * edited or deleted row. Tampering is done with plain SQL, as someone with database access would,
 * and undone at the end of each test.
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
        assertEquals(BatchStatus.COMPLETED, jobs.execution(intact).getBatchStatus());
        assertTrue(jobs.execution(intact).getExitStatus().startsWith("INTACT "));

        String original = column(seq, "actor");
        execute("update gramota.audit_record set actor = 'someone.else' where seq = ?", seq);
        try {
            long broken = runVerificationJob();

            assertEquals(BatchStatus.FAILED, jobs.execution(broken).getBatchStatus());
            assertTrue(
                    jobs.execution(broken).getExitStatus().startsWith("BROKEN at " + seq + ":"),
                    jobs.execution(broken).getExitStatus());
        } finally {
            execute("update gramota.audit_record set actor = ? where seq = ?", original, seq);
        }
    }

    private long runVerificationJob() {
        long execution = jobs.start("audit-verification", new Properties());
        Awaiting.until(
                "audit verification job finished",
                Duration.ofSeconds(60),
                () -> EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED)
                        .contains(jobs.execution(execution).getBatchStatus()));
        return execution;
    }

    private String newOrganisation() {
        String code = "IT-A-" + UUID.randomUUID().toString().substring(0, 8);
        organisations.create(code, "Тестовое поселение", OrganisationKind.SETTLEMENT, "GOV");
        return code;
    }

    /** Makes a change and returns the sequence number of its audit record. */
    private long createRecord() {
        String code = newOrganisation();
        return audit.search(new AuditQuery(null, "ORGANISATION", code, null, null, null, 1))
                .get(0)
                .seq();
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
