package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
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

/**
 * Appending without a global lock: many transactions append at once and the sealer chains them all,
 * within a second of their commit, in one intact chain; a record is searchable before it is sealed;
 * a record that commits late with a smaller number gets a later place.
 */
@ExtendWith(ArquillianExtension.class)
class AuditSealingIT {

    private static final Duration BOUND = Duration.ofSeconds(1);

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private AuditTrail audit;

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Test
    void thirtyTwoWritersForTenSecondsMakeOneIntactChainThatCountsEveryRecord() throws Exception {
        String run = "run-" + UUID.randomUUID().toString().substring(0, 8);
        UserTransaction transactions = userTransaction();
        AtomicLong written = new AtomicLong();
        AtomicLong oldestUnsealed = new AtomicLong();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        List<Thread> writers = new ArrayList<>();
        for (int w = 0; w < 32; w++) {
            String writer = run + "/" + w;
            writers.add(started(() -> {
                try {
                    for (int i = 0; System.nanoTime() < until; i++) {
                        transactions.begin();
                        audit.recordAs("it.writer", "WRITE", "AUDIT_IT", writer + "/" + i, null, Map.of("i", i));
                        transactions.commit();
                        written.incrementAndGet();
                    }
                } catch (Exception | AssertionError e) {
                    failure.compareAndSet(null, e);
                }
            }));
        }
        Thread watcher = started(() -> {
            while (System.nanoTime() < until) {
                oldestUnsealed.accumulateAndGet(oldestUnsealedMillis(), Math::max);
                sleep(100);
            }
        });
        for (Thread writer : writers) {
            writer.join();
        }
        watcher.join();
        assertNull(failure.get(), () -> "a writer failed: " + failure.get());

        long drained = System.nanoTime();
        long backlog = unsealed();
        Awaiting.until("every record sealed", Duration.ofSeconds(60), () -> unsealed() == 0);
        long drainMillis = (System.nanoTime() - drained) / 1_000_000;
        AuditVerification verdict = audit.verify();

        System.out.printf(
                "AuditSealingIT: 32 writers appended %d records in 10 s (%d/s); oldest unsealed seen %d ms;"
                        + " %d unsealed at the last commit, all sealed %d ms later; verified %d records%n",
                written.get(),
                written.get() / 10,
                oldestUnsealed.get(),
                backlog,
                drainMillis,
                verdict.recordsChecked());
        assertTrue(drainMillis <= BOUND.toMillis(), "sealed within the bound after the last commit");
        assertTrue(verdict.intact(), () -> verdict.problem().orElse(""));
        assertEquals(
                written.get(), count("select count(*) from gramota.audit_record where object_id like '" + run + "/%'"));
        assertEquals(count("select count(*) from gramota.audit_record"), verdict.recordsChecked());
    }

    @Test
    void aRecordIsSearchableBeforeItIsSealedAndSealedWithinASecondOnceTheSealerMayRun() throws Exception {
        String object = "held-" + UUID.randomUUID();
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        // Holding the chain's head as a sealer would, in a transaction of its own on its own thread
        // (a connection of this thread would join the append's transaction): every sealer skips.
        Thread holder = started(() -> {
            try {
                UserTransaction transaction = userTransaction();
                transaction.begin();
                try (Connection connection = dataSource.getConnection();
                        Statement lock = connection.createStatement();
                        ResultSet head =
                                lock.executeQuery("select id from gramota.audit_chain where id = 1 for update")) {
                    assertTrue(head.next());
                    held.countDown();
                    release.await(30, TimeUnit.SECONDS);
                } finally {
                    transaction.rollback();
                }
            } catch (Exception | AssertionError e) {
                failure.set(e);
                held.countDown();
            }
        });
        long seq;
        try {
            assertTrue(held.await(30, TimeUnit.SECONDS));
            assertNull(failure.get());
            append(object);
            AuditRecord unsealed = search(object);
            assertNull(unsealed.hash(), "not sealed while another holds the head");
            seq = unsealed.seq();
        } finally {
            release.countDown();
            holder.join();
        }
        long released = System.nanoTime();

        Awaiting.until("record " + seq + " sealed", BOUND, () -> search(object).hash() != null);
        System.out.printf(
                "AuditSealingIT: record %d sealed %d ms after the head was released%n",
                seq, (System.nanoTime() - released) / 1_000_000);
        assertNotNull(search(object).prevHash());
    }

    @Test
    void aRecordCommittedLateWithASmallerNumberGetsALaterPlace() throws Exception {
        String late = "late-" + UUID.randomUUID();
        String early = "early-" + UUID.randomUUID();
        UserTransaction transactions = userTransaction();
        CountDownLatch appended = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread slow = started(() -> {
            try {
                transactions.begin();
                audit.recordAs("it.writer", "WRITE", "AUDIT_IT", late, null, Map.of());
                appended.countDown();
                commit.await(30, TimeUnit.SECONDS);
                transactions.commit();
            } catch (Exception e) {
                failure.set(e);
            }
        });
        assertTrue(appended.await(30, TimeUnit.SECONDS));
        append(early);
        Awaiting.until("the early record sealed", BOUND, () -> search(early).hash() != null);
        commit.countDown();
        slow.join();
        assertNull(failure.get());

        Awaiting.until("the late record sealed", BOUND, () -> search(late).hash() != null);

        assertTrue(search(late).seq() < search(early).seq(), "the late record took its number first");
        assertTrue(place(late) > place(early), "and its place after the early one");
        assertTrue(audit.verify().intact());
    }

    private void append(String objectId) throws Exception {
        UserTransaction transactions = userTransaction();
        transactions.begin();
        audit.recordAs("it.writer", "WRITE", "AUDIT_IT", objectId, null, Map.of());
        transactions.commit();
    }

    private AuditRecord search(String objectId) {
        return audit.search(new AuditQuery(null, "AUDIT_IT", objectId, null, null, null, 1))
                .get(0);
    }

    private long place(String objectId) throws Exception {
        return count("select chain_position from gramota.audit_record where object_id = '" + objectId + "'");
    }

    private long unsealed() {
        return count("select count(*) from gramota.audit_record where chain_position is null");
    }

    private long oldestUnsealedMillis() {
        try (Connection connection = dataSource.getConnection();
                Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "select min(occurred_at) from gramota.audit_record where chain_position is null")) {
            row.next();
            OffsetDateTime oldest = row.getObject(1, OffsetDateTime.class);
            return oldest == null
                    ? 0
                    : Duration.between(oldest.toInstant(), java.time.Instant.now())
                            .toMillis();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private long count(String sql) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement statement = connection.prepareStatement(sql);
                ResultSet row = statement.executeQuery()) {
            assertTrue(row.next());
            return row.getLong(1);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static UserTransaction userTransaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
