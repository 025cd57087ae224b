package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node killed ({@code kill -9}) while its indexer applies a stream of registrations resumes from the
 * position committed with its index: after the restart it finds every card exactly once. A node killed
 * in the middle of rebuilding its index resumes the same rebuild job after its restart and ends with
 * every record once. A second server sharing the PostgreSQL database is the node killed; the Arquillian
 * one keeps registering.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "GRAMOTA_DB", matches = "postgresql")
class SearchCrashIT {

    private static final int CARDS = 200;

    /** Generated cards: enough that the second node's rebuild takes several of its 5 s progress reports. */
    private static final int GENERATED = 30_000;

    private static final String SECOND = "node2";
    private static final Pattern BEGUN =
            Pattern.compile("Search index rebuild in (rebuild-\\d+): (\\d+) records in (\\d+) partitions");
    private static final Pattern STARTED =
            Pattern.compile("The search index is rebuilt from the database: [^\\n]*; job execution (\\d+) STARTED");
    private static final String SWITCHED = "Search index switched to ";
    /** WildFly stops the jobs that run while it boots suspended and restarts them as new executions when it resumes. */
    private static final Pattern RESTARTED = Pattern.compile(
            "Restarting previously stopped batch job rebuild-search-index\\. Previous execution id (\\d+)\\. New execution id (\\d+)");

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aNodeKilledWhileIndexingFindsEveryCardExactlyOnceAfterItsRestart() throws Exception {
        SecondServer second = SecondServer.fresh().start();
        try {
            RegistryDesk desk = new RegistryDesk("{seq}");
            String word = UniqueWords.of("сбой");
            AtomicInteger registered = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread clerk = new Thread(() -> {
                try {
                    for (int i = 0; i < CARDS; i++) {
                        RegistryDesk.ok(desk.register("Письмо " + i + " " + word, null));
                        registered.incrementAndGet();
                    }
                } catch (RuntimeException | AssertionError e) {
                    failure.set(e);
                }
            });
            clerk.start();
            Awaiting.until("half the cards registered", Duration.ofSeconds(60), () -> registered.get() >= CARDS / 2);
            second.kill();
            clerk.join();
            assertNull(failure.get());

            second.start();
            Api other = desk.clerk.onPort(second.port());
            Awaiting.until(
                    "every card found on the restarted node",
                    Duration.ofSeconds(10),
                    () -> total(other, word) == CARDS);
            Set<Long> ids = new HashSet<>();
            for (int page = 1; page <= 2; page++) {
                other
                        .get("/api/v1/search?size=100&order=oldest&page=" + page + "&q="
                                + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
                        .json()
                        .getJsonArray("hits")
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .forEach(hit -> ids.add(hit.getJsonNumber("id").longValue()));
            }
            assertEquals(CARDS, ids.size(), "every card once");
            assertEquals(CARDS, total(other, word));
            assertEquals(CARDS, total(desk.clerk, word), "as on the node that was not killed");
        } finally {
            second.stop();
        }
    }

    /**
     * The second node starts with no index, so it rebuilds it from the database: {@value #GENERATED}
     * generated cards and the rest. It is killed once it has reported records done (a partition's chunk
     * committed with its checkpoint) and before the job switches to the new index; three cards are
     * registered while it is down. At its restart the indexer resumes the interrupted job execution (no
     * new rebuild begins), which ends with exit status {@code REBUILT <records>}: as many as the first
     * node's index holds; both nodes find every card once.
     */
    @Test
    void aNodeKilledWhileRebuildingItsIndexResumesTheRebuildAndEndsWithEveryRecordOnce() throws Exception {
        long began = System.nanoTime();
        RegistryDesk desk = new RegistryDesk("{seq}");
        Api admin = Api.admin();
        generate(admin, desk, GENERATED);
        Awaiting.until(
                "the generated cards found on the first node",
                Duration.ofSeconds(60),
                () -> everything(desk.clerk, desk) == GENERATED);
        System.out.printf("Rebuild crash: %,d cards generated and indexed in %d ms%n", GENERATED, millis(began));

        SecondServer second = SecondServer.fresh();
        try {
            String starting = Instant.now().toString();
            second.start(() -> rebuilding(second, admin, starting));
            second.kill();
            System.out.printf("Rebuild crash: the second node killed mid-rebuild at %d ms%n", millis(began));
            String beforeKill = second.console();
            Matcher begun = BEGUN.matcher(beforeKill);
            assertTrue(begun.find(), "the rebuild began: " + beforeKill);
            String directory = begun.group(1);
            assertFalse(begun.find(), "one rebuild began");
            Matcher started = STARTED.matcher(beforeKill);
            assertTrue(started.find(), "the indexer started the rebuild job");
            long interrupted = restarted(beforeKill, Long.parseLong(started.group(1)));
            assertFalse(beforeKill.contains(SWITCHED), "killed before the rebuild switched to the new index");

            String word = UniqueWords.of("возобновление");
            for (int i = 0; i < 3; i++) {
                RegistryDesk.ok(desk.register("Письмо " + i + " " + word, null));
            }
            second.start();
            System.out.printf("Rebuild crash: the second node ready again at %d ms%n", millis(began));
            String afterRestart = second.console().substring(beforeKill.length());
            Matcher resumed = Pattern.compile("Search index rebuild " + interrupted + " of node " + SECOND
                            + " was interrupted; resumed as (\\d+)")
                    .matcher(afterRestart);
            assertTrue(resumed.find(), "the interrupted job execution resumed: " + afterRestart);
            long execution = restarted(afterRestart, Long.parseLong(resumed.group(1)));
            assertFalse(BEGUN.matcher(afterRestart).find(), "no new rebuild began");
            assertFalse(STARTED.matcher(afterRestart).find(), "no new rebuild job started");
            assertTrue(afterRestart.contains(SWITCHED), "the resumed rebuild switched");
            assertTrue(afterRestart.contains(directory + " with "), "switched to the index begun before the kill");

            Api secondAdmin = admin.onPort(second.port());
            JsonObject status = secondAdmin
                    .get("/api/v1/index-journal/rebuilds/" + execution)
                    .json();
            assertEquals("COMPLETED", status.getString("status"), status.toString());
            assertEquals(SECOND, status.getString("node"), status.toString());
            Api other = desk.clerk.onPort(second.port());
            assertEquals(GENERATED + 3, everything(other, desk), "every card of the organisation once");
            assertEquals(3, total(other, word), "the cards registered while the node was down");
            assertEquals(GENERATED + 3, everything(desk.clerk, desk), "as on the node that was not killed");
            assertEquals(3, total(desk.clerk, word));
            String done = Instant.now().toString();
            Awaiting.until("the first node reports its index", Duration.ofSeconds(15), () -> {
                JsonObject first = node(admin, n -> !SECOND.equals(n)).orElseThrow();
                return first.getString("reportedAt").compareTo(done) > 0
                        && first.getJsonNumber("behind").longValue() == 0;
            });
            long records = node(admin, n -> !SECOND.equals(n))
                    .orElseThrow()
                    .getJsonNumber("records")
                    .longValue();
            assertEquals("REBUILT " + records, status.getString("exitStatus"), "every record once, as the first node");
            System.out.printf(
                    "Rebuild crash: %s of %d records resumed as %d and done in %d ms%n",
                    interrupted, records, execution, millis(began));
        } finally {
            second.stop();
        }
    }

    /**
     * Whether the second node has reported records done of a rebuild since {@code since}: a chunk
     * committed, with its checkpoint. Fails if the rebuild switched first (it went too fast to be killed
     * in the middle).
     */
    private static boolean rebuilding(SecondServer second, Api admin, String since) {
        String console;
        try {
            console = second.console();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (console.contains(SWITCHED)) {
            throw new AssertionError("The rebuild was done before the node could be killed in its middle");
        }
        if (!BEGUN.matcher(console).find()) {
            return false;
        }
        return node(admin, SECOND::equals)
                .filter(n -> n.getString("reportedAt").compareTo(since) > 0)
                .filter(n -> n.containsKey("rebuild") && !n.isNull("rebuild"))
                .map(n -> n.getJsonObject("rebuild"))
                .filter(progress -> progress.getJsonNumber("done").longValue() > 0)
                .isPresent();
    }

    /** The node of that name that reported last (the first node is the one not named {@value #SECOND}). */
    private static Optional<JsonObject> node(Api admin, java.util.function.Predicate<String> name) {
        return admin.get("/api/v1/index-journal/nodes").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(n -> name.test(n.getString("node")))
                .max(java.util.Comparator.comparing(n -> n.getString("reportedAt")));
    }

    /** Generates {@code count} registrations in the desk's incoming journal and waits until the run is done. */
    private static void generate(Api admin, RegistryDesk desk, int count) {
        Api.Answer start = admin.post(
                "/api/v1/generator/registrations",
                Json.createObjectBuilder()
                        .add("organisationCode", desk.organisation)
                        .add("journalCode", "IN")
                        .add("count", count)
                        .build());
        assertEquals(202, start.status(), start.body());
        long run = start.json().getJsonNumber("executionId").longValue();
        Awaiting.until("the generator run " + run + " to complete", Duration.ofMinutes(2), () -> {
            JsonObject status =
                    admin.get("/api/v1/generator/registrations/" + run).json();
            assertNotEquals("FAILED", status.getString("status"), status.toString());
            return "COMPLETED".equals(status.getString("status"));
        });
    }

    /** Every card of the desk's organisation that {@code who} finds on its node. */
    private static long everything(Api who, RegistryDesk desk) {
        return who.get("/api/v1/search?size=1&organisation=" + desk.organisation)
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    /** The execution that carries on {@code execution} in that console: itself, or the one WildFly restarted it as. */
    private static long restarted(String console, long execution) {
        Matcher restart = RESTARTED.matcher(console);
        long last = execution;
        while (restart.find()) {
            if (Long.parseLong(restart.group(1)) == last) {
                last = Long.parseLong(restart.group(2));
            }
        }
        return last;
    }

    private static long millis(long since) {
        return (System.nanoTime() - since) / 1_000_000;
    }

    private static long total(Api node, String word) {
        return node.get("/api/v1/search?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .getJsonNumber("total")
                .longValue();
    }
}
