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
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.batch.BatchJobs;
import ru.gramota.dispatch.SelfCheck;
import ru.gramota.selfcheck.SelfCheckProbes;

@ExtendWith(ArquillianExtension.class)
class BatchJobRepositoryIT {

    private static final Set<BatchStatus> FINISHED =
            EnumSet.of(BatchStatus.COMPLETED, BatchStatus.FAILED, BatchStatus.STOPPED, BatchStatus.ABANDONED);

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private BatchJobs jobs;

    @EJB
    private SelfCheck selfCheck;

    @EJB
    private SelfCheckProbes probes;

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Test
    void aJobRunsToCompletionAndItsExecutionIsInTheJdbcJobRepository() throws Exception {
        // More probes than one chunk (100), so the job commits several chunks.
        List<UUID> sent = Stream.generate(selfCheck::send).limit(150).toList();
        // Purge only what has arrived: a probe purged while its message is in flight would come back
        // as "received without sending".
        Awaiting.until(
                "all probes received",
                Duration.ofSeconds(60),
                () -> sent.stream()
                        .allMatch(probe ->
                                probes.find(probe).flatMap(p -> p.receivedAt()).isPresent()));
        Properties parameters = new Properties();
        parameters.setProperty("olderThan", Instant.now().plusSeconds(1).toString());

        long execution = jobs.start("self-check-purge", parameters);

        assertEquals(BatchStatus.COMPLETED, finalStatus(execution));
        assertTrue(sent.stream().allMatch(probe -> probes.find(probe).isEmpty()), "every probe was purged");
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select =
                        connection.prepareStatement("select e.batchstatus, i.jobname from job_execution e"
                                + " join job_instance i on i.jobinstanceid = e.jobinstanceid"
                                + " where e.jobexecutionid = ?")) {
            select.setLong(1, execution);
            try (ResultSet row = select.executeQuery()) {
                assertTrue(row.next(), "the execution is recorded in the application database");
                assertEquals("COMPLETED", row.getString(1));
                assertEquals("self-check-purge", row.getString(2));
            }
        }
    }

    @Test
    void aJobGivenABadParameterFails() {
        Properties parameters = new Properties();
        parameters.setProperty("olderThan", "yesterday");

        long execution = jobs.start("self-check-purge", parameters);

        assertEquals(BatchStatus.FAILED, finalStatus(execution));
    }

    private BatchStatus finalStatus(long execution) {
        Awaiting.until(
                "job execution " + execution + " finished",
                Duration.ofSeconds(60),
                () -> FINISHED.contains(jobs.execution(execution).orElseThrow().getBatchStatus()));
        return jobs.execution(execution).orElseThrow().getBatchStatus();
    }
}
