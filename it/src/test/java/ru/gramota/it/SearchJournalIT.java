package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.transaction.UserTransaction;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import javax.naming.InitialContext;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import ru.gramota.search.JournalIndexer;
import ru.gramota.search.Search;
import ru.gramota.search.SearchRequest;

/**
 * The index journal as the indexer applies it: journal ids are handed out in one order and committed
 * in another, and a row that commits after a larger one was applied must still reach the index; the
 * node records how far it got.
 */
@ExtendWith(ArquillianExtension.class)
class SearchJournalIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @EJB
    private Search search;

    @EJB
    private JournalIndexer indexer;

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Test
    void aRowThatCommitsAfterALargerOneIsStillApplied() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String marker = UniqueWords.of("слово");
        long early = RegistryDesk.id(desk.register("Письмо первое " + marker, null));
        long late = RegistryDesk.id(desk.register("Письмо второе " + marker, null));
        Awaiting.until("both cards are indexed", Duration.ofSeconds(5), () -> found(desk, marker) == 2);
        String earlyWord = UniqueWords.of("слово");
        String lateWord = UniqueWords.of("слово");

        // The first transaction takes the smaller journal id and stays open.
        CountDownLatch written = new CountDownLatch(1);
        CountDownLatch commit = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        AtomicReference<Long> earlyRow = new AtomicReference<>();
        Thread slow = new Thread(() -> {
            try {
                UserTransaction transaction = userTransaction();
                transaction.begin();
                earlyRow.set(retitle(early, "Письмо первое, исправлено " + earlyWord));
                written.countDown();
                assertTrue(commit.await(30, TimeUnit.SECONDS));
                transaction.commit();
            } catch (Exception | AssertionError e) {
                failure.set(e);
                written.countDown();
            }
        });
        slow.start();
        assertTrue(written.await(30, TimeUnit.SECONDS));
        assertNull(failure.get());

        // The second takes a larger id and commits first: the indexer applies it and waits for the gap.
        UserTransaction transaction = userTransaction();
        transaction.begin();
        long lateRow = retitle(late, "Письмо второе, исправлено " + lateWord);
        transaction.commit();
        assertTrue(lateRow > earlyRow.get(), lateRow + " after " + earlyRow.get());
        Awaiting.until("the later row is applied", Duration.ofSeconds(5), () -> found(desk, lateWord) == 1);
        assertEquals(0, found(desk, earlyWord), "the open transaction's change is not visible yet");

        commit.countDown();
        slow.join();
        assertNull(failure.get());
        Awaiting.until(
                "the row that committed late is applied", Duration.ofSeconds(5), () -> found(desk, earlyWord) == 1);

        indexer.reportNow();
        assertTrue(appliedByThisNode() >= lateRow, "the node records its position");
    }

    /**
     * A node whose position is below where the journal was pruned rebuilds its index from the records,
     * once, and goes on applying the journal from the pruning point. The node is held behind by a
     * transaction that keeps a journal id open; the pruning point is moved past it; the transaction rolls
     * back (ids at or below a pruning point never come). Cards registered before and after are found,
     * and the index is rebuilt once, not again and again.
     */
    @Test
    void anIndexBehindThePrunedJournalIsRebuiltOnceAndKeepsUp() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String before = UniqueWords.of("перестройка");
        String after = UniqueWords.of("перестройка");
        CountDownLatch held = new CountDownLatch(1);
        CountDownLatch rollBack = new CountDownLatch(1);
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Thread holder = new Thread(() -> {
            try {
                UserTransaction transaction = userTransaction();
                transaction.begin();
                try (Connection connection = dataSource.getConnection();
                        PreparedStatement journal = connection.prepareStatement(
                                "insert into gramota.index_journal (entity_type, entity_id, operation, recorded_at)"
                                        + " values ('DOCUMENT', -1, 'UPSERT', current_timestamp)")) {
                    journal.executeUpdate();
                    held.countDown();
                    assertTrue(rollBack.await(60, TimeUnit.SECONDS));
                } finally {
                    transaction.rollback();
                }
            } catch (Exception | AssertionError e) {
                failure.set(e);
                held.countDown();
            }
        });
        holder.start();
        assertTrue(held.await(30, TimeUnit.SECONDS));
        RegistryDesk.ok(desk.register("Письмо " + before, null));
        Awaiting.until("found, past the open id", Duration.ofSeconds(5), () -> found(desk, before) == 1);
        long pruned = execute("update gramota.index_journal_pruned"
                + " set through = (select max(id) from gramota.index_journal) where id = 1");
        assertEquals(1, pruned);
        rollBack.countDown();
        holder.join();
        assertNull(failure.get());
        long through = count("select through from gramota.index_journal_pruned where id = 1");

        Awaiting.until(
                "the node reports itself rebuilt, past the pruning point",
                Duration.ofSeconds(30),
                () -> count("select count(*) from gramota.index_node where rebuilding = false and low_watermark >= "
                                + through)
                        == 1);
        RegistryDesk.ok(desk.register("Письмо " + after, null));
        Awaiting.until(
                "a card registered after the rebuild is found", Duration.ofSeconds(5), () -> found(desk, after) == 1);
        for (int i = 0; i < 25; i++) {
            assertEquals(1, found(desk, before), "the card from before the rebuild, " + i * 200 + " ms on");
            Thread.sleep(200);
        }
        assertEquals(1, rebuildsLogged(through), "rebuilt once for this pruning point");
    }

    /** How many times the server log says the index was rebuilt for the journal pruned through {@code through}. */
    private static long rebuildsLogged(long through) throws Exception {
        java.nio.file.Path log = java.nio.file.Path.of(System.getProperty("jboss.server.log.dir"), "server.log");
        try (java.util.stream.Stream<String> lines = java.nio.file.Files.lines(log)) {
            return lines.filter(line -> line.contains(
                            "The search index is rebuilt from the database: the journal is pruned through " + through
                                    + ","))
                    .count();
        }
    }

    private long execute(String statement) throws Exception {
        UserTransaction transaction = userTransaction();
        transaction.begin();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(statement)) {
            long changed = update.executeUpdate();
            transaction.commit();
            return changed;
        }
    }

    private long count(String query) {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement select = connection.prepareStatement(query);
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getLong(1);
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Changes a card's title and writes its journal row, as a correction does, in the caller's transaction. */
    private long retitle(long documentId, String title) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            try (PreparedStatement update =
                    connection.prepareStatement("update gramota.document set title = ? where id = ?")) {
                update.setString(1, title);
                update.setLong(2, documentId);
                assertEquals(1, update.executeUpdate());
            }
            try (PreparedStatement journal = connection.prepareStatement(
                    "insert into gramota.index_journal (entity_type, entity_id, operation, recorded_at)"
                            + " values ('DOCUMENT', ?, 'UPSERT', current_timestamp)",
                    new String[] {"id"})) {
                journal.setLong(1, documentId);
                journal.executeUpdate();
                try (ResultSet keys = journal.getGeneratedKeys()) {
                    assertTrue(keys.next());
                    return keys.getLong(1);
                }
            }
        }
    }

    private long appliedByThisNode() throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement max = connection.prepareStatement("select max(applied) from gramota.index_node");
                ResultSet row = max.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    private long found(RegistryDesk desk, String word) {
        return search.searchFor(desk.clerkUsername, SearchRequest.of(word)).total();
    }

    private static UserTransaction userTransaction() throws Exception {
        return (UserTransaction) new InitialContext().lookup("java:jboss/UserTransaction");
    }
}
