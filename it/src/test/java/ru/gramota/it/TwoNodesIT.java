package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two server instances sharing one PostgreSQL database, as in a cluster: a second WildFly is started
 * beside the Arquillian one (port offset 200, its own base directory, its own JGroups group, its own
 * copy of the EAR), once for the class, and the requests of each test are split between the two.
 * PostgreSQL only: the embedded H2 file belongs to one server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "GRAMOTA_DB", matches = "postgresql")
class TwoNodesIT {

    /** Requests split between the nodes in each test, and the threads that send them. */
    private static final int REQUESTS = 400;

    private static final int CLIENTS = 32;

    private static SecondServer second;

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @BeforeAll
    static void startTheSecondNode() throws Exception {
        second = SecondServer.fresh().start();
    }

    @AfterAll
    static void stopTheSecondNode() throws Exception {
        if (second != null) {
            second.stop();
        }
    }

    @Test
    void registrationsSplitAcrossTwoServersGetConsecutiveNumbers() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        Api first = desk.clerk;
        Api other = desk.clerk.onPort(second.port());
        List<Api.Answer> answers = splitBetweenTheNodes(
                first,
                other,
                "/api/v1/registrations",
                i -> desk.registration("Письмо " + i, ServerTime.today().toString(), null));
        Set<Integer> sequences = new TreeSet<>();
        for (Api.Answer answer : answers) {
            assertEquals(201, answer.status(), answer.body());
            sequences.add(answer.json().getInt("sequence"));
        }
        assertEquals(IntStream.rangeClosed(1, REQUESTS).boxed().collect(Collectors.toSet()), sequences);
    }

    /** Both nodes run a sealer, one seals at a time, and one chain results that both verify intact. */
    /**
     * Each node keeps its own index from the shared journal: a card registered on one is found there
     * within a second and on the other within two (ARCHITECTURE.md, Search). The second node started
     * with no index and rebuilt it from the database before it said it was ready.
     */
    @Test
    void aCardRegisteredOnOneNodeIsFoundOnItWithinASecondAndOnTheOtherWithinTwo() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        Api first = desk.clerk;
        Api other = desk.clerk.onPort(second.port());
        for (Api[] nodes : List.of(new Api[] {first, other}, new Api[] {other, first})) {
            String word = UniqueWords.of("узел");
            RegistryDesk.ok(nodes[0].post("/api/v1/registrations", desk.registration("Письмо " + word, null, null)));
            long registered = System.nanoTime();
            Awaiting.until("found where registered", Duration.ofSeconds(1), () -> found(nodes[0], word) == 1);
            Awaiting.until("found on the other node", Duration.ofSeconds(2), () -> found(nodes[1], word) == 1);
            System.out.printf(
                    "TwoNodesIT: a card registered on one node is found on both %d ms after%n",
                    (System.nanoTime() - registered) / 1_000_000);
        }
    }

    private static long found(Api node, String word) {
        return node.get("/api/v1/search?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .getJsonNumber("total")
                .longValue();
    }

    @Test
    void twoNodesAppendingAuditRecordsAtOnceMakeOneChain() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Api first = Api.admin();
        Api other = Api.admin().onPort(second.port());
        List<Api.Answer> answers = splitBetweenTheNodes(
                first,
                other,
                "/api/v1/organisations",
                i -> Json.createObjectBuilder()
                        .add("code", "IT-2N-" + run + "-" + i)
                        .add("name", "Поселение " + run + " " + i)
                        .add("kind", "SETTLEMENT")
                        .add("parentCode", "REGION")
                        .build());
        for (Api.Answer answer : answers) {
            assertEquals(201, answer.status(), answer.body());
        }

        Awaiting.until(
                "every record sealed",
                Duration.ofSeconds(1),
                () -> records(first, run).stream().noneMatch(r -> !r.containsKey("hash") || r.isNull("hash")));
        List<JsonObject> records = records(first, run);
        assertEquals(REQUESTS, records.size());
        Set<String> hashes = new HashSet<>();
        records.forEach(r -> hashes.add(r.getString("hash")));
        assertEquals(REQUESTS, hashes.size(), "every record has a place of its own");
        // Each node verifies against the heads it anchored itself.
        JsonObject onFirst = first.get("/api/v1/audit/verification").json();
        JsonObject onOther = other.get("/api/v1/audit/verification").json();
        assertEquals(JsonValue.TRUE, onFirst.get("intact"), onFirst.toString());
        assertEquals(JsonValue.TRUE, onOther.get("intact"), onOther.toString());
        assertTrue(onFirst.getJsonNumber("recordsChecked").longValue() >= REQUESTS);
    }

    /**
     * {@link #REQUESTS} POSTs to the path from {@link #CLIENTS} threads, the even ones to the first node
     * and the odd ones to the other.
     */
    /**
     * A day's reminders run on both nodes at the same moment, as two timers or an administrator and a
     * timer might: each person gets each notice once, and each mail arrives once.
     */
    @Test
    void aDaysRemindersRunOnBothNodesAtOnceArePostedAndMailedOnce() throws Exception {
        try (Mailbox mail = Mailbox.start()) {
            List<ReminderIT.DueSoon> offices = List.of(new ReminderIT.DueSoon(), new ReminderIT.DueSoon());
            LocalDate day = offices.get(0).day;
            Api admin = Api.admin();
            ExecutorService both = Executors.newFixedThreadPool(2);
            try {
                for (int round = 0; round < 3; round++) {
                    CountDownLatch start = new CountDownLatch(1);
                    Future<Api.Answer> first = both.submit(() -> {
                        start.await();
                        return ReminderIT.DueSoon.run(admin, day);
                    });
                    Future<Api.Answer> other = both.submit(() -> {
                        start.await();
                        return ReminderIT.DueSoon.run(admin.onPort(second.port()), day);
                    });
                    start.countDown();
                    assertEquals(200, first.get().status(), first.get().body());
                    assertEquals(200, other.get().status(), other.get().body());
                }
            } finally {
                both.shutdown();
            }

            for (ReminderIT.DueSoon due : offices) {
                assertEquals(1, due.office.executor.get("/api/v1/inbox").array().size());
                assertEquals(
                        2, due.office.controller.get("/api/v1/inbox").array().size());
                assertEquals(1, due.office.staff.get("/api/v1/inbox").array().size());
                assertEquals(1, mail.to(due.executorMail), "one mail to the executor");
                assertEquals(2, mail.to(due.controllerMail), "one mail per assignment to the controller");
            }
        }
    }

    private static List<Api.Answer> splitBetweenTheNodes(
            Api first, Api other, String path, IntFunction<JsonObject> body) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        try {
            List<Future<Api.Answer>> calls = new ArrayList<>();
            for (int i = 0; i < REQUESTS; i++) {
                Api node = i % 2 == 0 ? first : other;
                JsonObject json = body.apply(i);
                calls.add(pool.submit(() -> node.post(path, json)));
            }
            List<Api.Answer> answers = new ArrayList<>();
            for (Future<Api.Answer> call : calls) {
                answers.add(call.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The run's organisations' records (objectType ORGANISATION; their codes start with the run). */
    private static List<JsonObject> records(Api admin, String run) {
        return admin.get("/api/v1/audit?objectType=ORGANISATION&limit=500").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("objectId").startsWith("IT-2N-" + run + "-"))
                .toList();
    }
}
