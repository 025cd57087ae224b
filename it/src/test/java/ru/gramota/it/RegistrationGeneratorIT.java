package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The data generator (GRAMOTA_GENERATOR_ENABLED=true in it/pom.xml): generated registrations and
 * ordinary ones made meanwhile share one run of consecutive numbers; one audit record per run;
 * administrators only.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationGeneratorIT {

    private static final String GENERATOR = "/api/v1/generator/registrations";
    private static final String BENCHMARKS = "/api/v1/generator/benchmarks";

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void twoThousandGeneratedAndTenOrdinaryRegistrationsMadeMeanwhileGetConsecutiveUniqueNumbers() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        ExecutorService clerks = Executors.newFixedThreadPool(2);
        long started = System.nanoTime();
        try {
            Api.Answer start = start(Api.admin(), desk.organisation, "IN", 2000);
            assertEquals(202, start.status(), start.body());
            long execution = start.json().getJsonNumber("executionId").longValue();
            List<Future<Api.Answer>> ordinary = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                int n = i;
                ordinary.add(clerks.submit(() -> {
                    Thread.sleep(200L * n);
                    return desk.register("Письмо, зарегистрированное вручную № " + n, null);
                }));
            }

            Awaiting.until("the generator run " + execution + " to complete", Duration.ofMinutes(3), () -> {
                JsonObject run = Api.admin().get(GENERATOR + "/" + execution).json();
                assertTrue(!"FAILED".equals(run.getString("status")), run.toString());
                return "COMPLETED".equals(run.getString("status"));
            });
            for (Future<Api.Answer> registration : ordinary) {
                assertEquals(
                        201, registration.get().status(), registration.get().body());
            }
            System.out.printf(
                    "Generator: 2,000 registrations (and 10 by hand meanwhile) in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);

            JsonObject run = Api.admin().get(GENERATOR + "/" + execution).json();
            assertEquals(2000, run.getInt("written"));
            List<JsonObject> listed = all(desk);
            Set<Integer> sequences = listed.stream()
                    .map(r -> Integer.valueOf(r.getString("number").replace("-вх", "")))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertEquals(2010, listed.size());
            assertEquals(IntStream.rangeClosed(1, 2010).boxed().collect(Collectors.toSet()), sequences);
            assertEquals(
                    10,
                    listed.stream()
                            .filter(r -> r.getString("title").startsWith("Письмо, зарегистрированное вручную"))
                            .count());
        } finally {
            clerks.shutdownNow();
        }
    }

    @Test
    void aRunIsAuditedOnceNotOncePerCard() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long execution = start(Api.admin(), desk.organisation, "IN", 120)
                .json()
                .getJsonNumber("executionId")
                .longValue();
        Awaiting.until(
                "the generator run " + execution + " to complete",
                Duration.ofMinutes(2),
                () -> "COMPLETED"
                        .equals(Api.admin()
                                .get(GENERATOR + "/" + execution)
                                .json()
                                .getString("status")));

        List<JsonObject> records = Api.admin()
                .get("/api/v1/audit?objectType=JOURNAL&objectId=" + desk.organisation + "/IN&limit=100")
                .array()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> !"CREATE".equals(r.getString("action")))
                .toList();
        List<JsonObject> cards = all(desk);
        List<JsonObject> cardRecords = Api.admin()
                .get("/api/v1/audit?objectType=DOCUMENT&objectId="
                        + cards.get(cards.size() - 1).getJsonNumber("id").longValue() + "&limit=100")
                .array()
                .stream()
                .map(JsonValue::asJsonObject)
                .toList();

        assertEquals(1, records.size(), records.toString());
        assertEquals("GENERATE", records.get(0).getString("action"));
        assertTrue(
                records.get(0).getString("after").contains("\"count\":120"),
                records.get(0).toString());
        assertEquals(List.of(), cardRecords);
        assertEquals(120, all(desk).size());
    }

    @Test
    void onlyAnInstallationAdministratorMayGenerate() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        Api.Answer byClerk = start(desk.clerk, desk.organisation, "IN", 10);

        assertEquals(403, byClerk.status(), byClerk.body());
        assertEquals(0, all(desk).size());
    }

    @Test
    void aCountOutsideOneToTenMillionAnUnknownJournalOrRunIsRefused() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        Api.Answer none = start(Api.admin(), desk.organisation, "IN", 0);
        Api.Answer tooMany = start(Api.admin(), desk.organisation, "IN", 10_000_001);
        Api.Answer unknownJournal = start(Api.admin(), desk.organisation, "NOPE", 10);
        Api.Answer unknownOrganisation = start(Api.admin(), "NO-SUCH-ORG", "IN", 10);

        assertEquals(400, none.status(), none.body());
        assertTrue(none.body().contains("count"), none.body());
        assertEquals(400, tooMany.status(), tooMany.body());
        assertEquals(404, unknownJournal.status(), unknownJournal.body());
        assertEquals(404, unknownOrganisation.status(), unknownOrganisation.body());
        assertTrue(unknownOrganisation.body().contains("NO-SUCH-ORG"), unknownOrganisation.body());
        assertEquals(404, Api.admin().get(GENERATOR + "/999999999").status(), "a run that never was");
    }

    @Test
    void theSearchBenchmarksAreForAdministratorsCheckTheirPlanAndMeasureBothSides() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String word = UniqueWords.of("замер");
        for (int i = 0; i < 3; i++) {
            RegistryDesk.ok(desk.register("Письмо о замере " + i + " " + word, null));
        }
        JsonObject plan = Json.createObjectBuilder()
                .add("username", desk.clerkUsername)
                .add(
                        "queries",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("q", word))
                                .add(Json.createObjectBuilder()
                                        .add("q", "письмо")
                                        .add("kind", "INCOMING")))
                .add("clients", 2)
                .add("warmUpSeconds", 0)
                .add("seconds", 1)
                .build();

        Api.Answer byClerk = desk.clerk.post(BENCHMARKS + "/search", plan);
        Api.Answer nobody = Api.admin()
                .post(
                        BENCHMARKS + "/search",
                        Json.createObjectBuilder(plan)
                                .add("username", "no.such.user")
                                .build());
        Api.Answer noQueries = Api.admin()
                .post(
                        BENCHMARKS + "/search",
                        Json.createObjectBuilder(plan)
                                .add("queries", Json.createArrayBuilder())
                                .build());
        Api.Answer blankQuery = Api.admin()
                .post(
                        BENCHMARKS + "/search",
                        Json.createObjectBuilder(plan)
                                .add(
                                        "queries",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("q", " ")))
                                .build());
        Api.Answer numberForText = Api.admin()
                .post(
                        BENCHMARKS + "/search",
                        Json.createObjectBuilder(plan)
                                .add(
                                        "queries",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("q", 5)))
                                .build());
        Api.Answer tooManyClients = Api.admin()
                .post(
                        BENCHMARKS + "/search",
                        Json.createObjectBuilder(plan).add("clients", 65).build());
        Api.Answer measured = Api.admin().post(BENCHMARKS + "/search", plan);

        assertEquals(403, byClerk.status(), byClerk.body());
        assertEquals(400, nobody.status(), nobody.body());
        assertTrue(nobody.body().contains("BENCHMARK_READS_NOTHING"), nobody.body());
        assertEquals(400, noQueries.status(), noQueries.body());
        assertTrue(noQueries.body().contains("queries"), noQueries.body());
        assertEquals(400, blankQuery.status(), blankQuery.body());
        assertTrue(blankQuery.body().contains("queries[0].q"), blankQuery.body());
        assertEquals(400, numberForText.status(), numberForText.body());
        assertTrue(numberForText.body().contains("queries[0].q"), numberForText.body());
        assertEquals(400, tooManyClients.status(), tooManyClients.body());
        assertEquals(200, measured.status(), measured.body());
        for (String side : List.of("service", "raw")) {
            JsonObject figures = measured.json().getJsonObject(side);
            assertEquals(2, figures.getInt("clients"), measured.body());
            assertTrue(figures.getJsonNumber("requests").longValue() > 0, measured.body());
            assertTrue(
                    figures.getJsonNumber("p95Millis").doubleValue()
                            >= figures.getJsonNumber("p50Millis").doubleValue(),
                    measured.body());
        }
    }

    @Test
    void theIndexingBenchmarkIndexesWhatARebuildReadsAndRefusesABadPlan() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        for (int i = 0; i < 5; i++) {
            RegistryDesk.ok(desk.register("Письмо для замера индексации " + i, null));
        }

        Api.Answer byClerk = desk.clerk.post(
                BENCHMARKS + "/indexing",
                Json.createObjectBuilder().add("records", 10).build());
        Api.Answer tooManyThreads = Api.admin()
                .post(
                        BENCHMARKS + "/indexing",
                        Json.createObjectBuilder()
                                .add("records", 5)
                                .add("threads", 17)
                                .build());
        Api.Answer noRecords = Api.admin()
                .post(
                        BENCHMARKS + "/indexing",
                        Json.createObjectBuilder().add("threads", 2).build());
        Api.Answer none = Api.admin()
                .post(
                        BENCHMARKS + "/indexing",
                        Json.createObjectBuilder().add("records", 0).build());
        Api.Answer measured = Api.admin()
                .post(
                        BENCHMARKS + "/indexing",
                        Json.createObjectBuilder()
                                .add("records", 5)
                                .add("threads", 2)
                                .build());

        assertEquals(403, byClerk.status(), byClerk.body());
        assertEquals(400, tooManyThreads.status(), tooManyThreads.body());
        assertTrue(tooManyThreads.body().contains("threads"), tooManyThreads.body());
        assertEquals(400, none.status(), none.body());
        assertEquals(400, noRecords.status(), noRecords.body());
        assertTrue(noRecords.body().contains("records"), noRecords.body());
        assertEquals(200, measured.status(), measured.body());
        assertEquals(5, measured.json().getJsonNumber("records").longValue(), measured.body());
        assertTrue(measured.json().getJsonNumber("bytes").longValue() > 0, measured.body());
    }

    /**
     * An organisation with managers, executors and controllers gets resolutions on about half of its
     * generated incoming letters, in the proportions of a year's work: most done on time, some late, a
     * few overdue, the rest in progress; the discipline report counts them.
     */
    @Test
    void generatedLettersGetResolutionsWhoseAssignmentsTheDisciplineReportCounts() {
        ControlOffice office = new ControlOffice();
        long execution = start(Api.admin(), office.desk.organisation, "IN", 600)
                .json()
                .getJsonNumber("executionId")
                .longValue();
        Awaiting.until(
                "the generator run " + execution + " to complete",
                Duration.ofMinutes(3),
                () -> "COMPLETED"
                        .equals(Api.admin()
                                .get(GENERATOR + "/" + execution)
                                .json()
                                .getString("status")));

        JsonObject report = office.manager
                .get("/api/v1/reports/discipline?organisation=" + office.desk.organisation + "&from="
                        + ServerTime.today().withDayOfYear(1) + "&to="
                        + ServerTime.today().plusYears(1).withDayOfYear(1).minusDays(1))
                .json();
        JsonObject total = report.getJsonObject("total");
        long onTime = total.getJsonNumber("onTime").longValue();
        long late = total.getJsonNumber("late").longValue();
        long overdue = total.getJsonNumber("overdue").longValue();
        long all = onTime + late + overdue + total.getJsonNumber("inProgress").longValue();
        assertTrue(all > 250 && all < 600, "about half of 600 letters with one or two executors: " + total);
        assertTrue(late > 0 && overdue > 0 && onTime > late + overdue, total.toString());
        assertTrue(office.executor
                        .get("/api/v1/assignments?view=done&limit=5")
                        .array()
                        .size()
                > 0);
        JsonObject some = office.executor
                .get("/api/v1/assignments?view=done&limit=1")
                .array()
                .getJsonObject(0);
        assertEquals(
                200,
                office.executor
                        .get("/api/v1/registrations/"
                                + some.getJsonNumber("documentId").longValue())
                        .status(),
                "an executor reads the documents of their generated assignments");
    }

    private static Api.Answer start(Api caller, String organisation, String journal, int count) {
        return caller.post(
                GENERATOR,
                Json.createObjectBuilder()
                        .add("organisationCode", organisation)
                        .add("journalCode", journal)
                        .add("count", count)
                        .build());
    }

    /** Every registration of the desk's incoming journal, through the list, a page at a time. */
    private static List<JsonObject> all(RegistryDesk desk) {
        List<JsonObject> all = new ArrayList<>();
        String after = "";
        while (true) {
            List<JsonObject> page = desk
                    .clerk
                    .get("/api/v1/registrations?organisation=" + desk.organisation + "&journal=IN&limit=200" + after)
                    .array()
                    .stream()
                    .map(JsonValue::asJsonObject)
                    .toList();
            all.addAll(page);
            if (page.size() < 200) {
                return all;
            }
            after = "&after=" + page.get(page.size() - 1).getJsonNumber("id").longValue();
        }
    }
}
