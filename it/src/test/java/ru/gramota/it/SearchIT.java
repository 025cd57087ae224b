package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Search through the API, as clerks and outsiders use it: registered cards are found within a second
 * by another form of a word, by number and its beginning, by their files' text; only by those who may
 * read them, in hits, totals and facets alike; and bad queries are answered 4xx, never 5xx.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    private static String q(String query) {
        return "/api/v1/search?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8);
    }

    private static JsonObject search(Api who, String query) {
        Api.Answer answer = who.get(q(query));
        assertEquals(200, answer.status(), answer.body());
        return answer.json();
    }

    @Test
    void aRegisteredLetterIsFoundWithinASecondByAnotherFormOfAWordOfItsSummary() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String marker = UniqueWords.of("метка");
        long id = RegistryDesk.id(desk.register("Договоры поставки учебников " + marker, null));

        long registered = System.nanoTime();
        Awaiting.until(
                "the card is found",
                Duration.ofSeconds(1),
                () -> search(desk.clerk, "договором " + marker)
                                .getJsonNumber("total")
                                .longValue()
                        == 1);
        long millis = (System.nanoTime() - registered) / 1_000_000;

        JsonObject hit =
                search(desk.clerk, "договором " + marker).getJsonArray("hits").getJsonObject(0);
        assertEquals(id, hit.getJsonNumber("id").longValue());
        assertEquals("DOCUMENT", hit.getString("entityType"));
        assertEquals("1", hit.getString("number"));
        assertEquals("INCOMING", hit.getJsonObject("facets").getString("kind"));
        System.out.println("Found " + millis + " ms after registration");
    }

    @Test
    void aNumberIsFoundExactlyAndByItsBeginning() {
        RegistryDesk desk = new RegistryDesk("01-12/{seq}");
        String marker = UniqueWords.of("метка");
        for (int i = 1; i <= 12; i++) {
            desk.register("Письмо " + marker, null);
        }
        String org = "&organisation=" + desk.organisation;
        Awaiting.until("twelve cards are indexed", Duration.ofSeconds(10), () -> total(desk.clerk, marker) == 12);

        JsonObject prefix = desk.clerk.get(q("01-12/1") + org + "&order=oldest").json();
        JsonObject exact = desk.clerk.get(q("01-12/12") + org).json();

        assertEquals(List.of("01-12/1", "01-12/10", "01-12/11", "01-12/12"), numbers(prefix.getJsonArray("hits")));
        assertEquals("01-12/12", numbers(exact.getJsonArray("hits")).get(0), "the exact number comes first");
    }

    @Test
    void theTextOfAnAttachedFileIsFound() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String marker = UniqueWords.of("метка");
        long card = RegistryDesk.id(desk.register("Акт " + marker, null));
        RegistryDesk.ok(desk.clerk.upload(
                "/api/v1/registrations/" + card + "/files",
                "акт.txt",
                ("Акт сверки взаимных расчётов " + marker + " с подрядчиком").getBytes(StandardCharsets.UTF_8)));

        Awaiting.until(
                "the file's text is indexed",
                Duration.ofSeconds(5),
                () -> total(desk.clerk, "подрядчика " + marker) == 1);
        assertEquals(1, total(desk.clerk, "файл:расчетов " + marker));
        JsonObject snippet = search(desk.clerk, "подрядчика " + marker)
                .getJsonArray("hits")
                .getJsonObject(0)
                .getJsonArray("snippets")
                .getJsonObject(1);
        assertEquals("акт.txt", snippet.getString("file"));
        assertTrue(snippet.getString("html").contains("с <mark>подрядчиком</mark>"), snippet.toString());
    }

    @Test
    void aLetterIsFoundByWhatWasOrderedAndReportedOnItByItsReadersOnly() {
        ControlOffice office = new ControlOffice();
        RegistryDesk other = new RegistryDesk("{seq}");
        String ordered = UniqueWords.of("задание");
        String reported = UniqueWords.of("отчет");
        Api.Answer written = office.manager.post(
                "/api/v1/resolutions",
                office.onControl()
                        .add("text", "Подготовить ответ, учесть " + ordered)
                        .add("coExecutors", Json.createArrayBuilder().add(office.staffName))
                        .build());
        assertEquals(201, written.status(), written.body());
        long assignment = written.array()
                .getJsonObject(0)
                .getJsonArray("assignments")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Answer report = office.executor.post(
                "/api/v1/assignments/" + assignment + "/report",
                Json.createObjectBuilder()
                        .add("text", "Ответ направлен, " + reported)
                        .build());
        assertEquals(200, report.status(), report.body());

        Awaiting.until(
                "the report is indexed with the letter",
                Duration.ofSeconds(10),
                () -> total(office.controller, "поручение:" + reported) == 1);
        JsonObject hit = search(office.controller, "поручение:" + ordered)
                .getJsonArray("hits")
                .getJsonObject(0);
        assertEquals(office.letter, hit.getJsonNumber("id").longValue(), hit.toString());
        assertEquals(1, total(office.desk.clerk, reported), "the registry reads its organisation's letters");
        assertEquals(1, total(office.staff, "исполнитель:Волкова " + ordered), "a co-executor finds it by name");
        assertEquals(0, total(office.controller, "содержание:" + reported), "the report is not the summary");
        assertEquals(0, total(other.clerk, reported), "another organisation finds nothing");
        assertEquals(0, total(other.clerk, ordered));
    }

    @Test
    void outsidersFindNothingInHitsTotalsOrFacetsAndARestrictedCardOnlyItsReaders() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        String marker = UniqueWords.of("метка");
        RegistryDesk.ok(desk.register("Открытое письмо " + marker, null));
        RegistryDesk.ok(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("Письмо для служебного пользования " + marker)
                        .add("restricted", true)
                        .build()));
        Awaiting.until("both are indexed", Duration.ofSeconds(5), () -> total(desk.clerk, marker) == 2);

        JsonObject outsider = search(other.clerk, marker);
        Api executor = Api.as(desk.executorUsername, RegistryDesk.PASSWORD);

        assertEquals(0, outsider.getJsonNumber("total").longValue(), outsider.toString());
        assertEquals(0, outsider.getJsonArray("hits").size());
        assertTrue(
                outsider.getJsonObject("facets").values().stream()
                        .allMatch(values -> values.asJsonArray().isEmpty()),
                outsider.toString());
        assertEquals(0, total(executor, marker), "an executor who does not work on them reads neither");
        JsonObject clerk = search(desk.clerk, marker);
        assertEquals(
                2,
                clerk.getJsonObject("facets")
                        .getJsonArray("kind")
                        .getJsonObject(0)
                        .getInt("count"));
        assertEquals(
                desk.organisation,
                clerk.getJsonObject("facets")
                        .getJsonArray("organisation")
                        .getJsonObject(0)
                        .getString("value"));
    }

    @Test
    void facetValuesNarrowTheResultsAndStayCounted() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String marker = UniqueWords.of("метка");
        RegistryDesk.ok(desk.register("Входящее " + marker, null));
        RegistryDesk.ok(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("INT", "Служебная записка " + marker)
                        .add("addressees", Json.createArrayBuilder().add(desk.executorUsername))
                        .add("signatory", desk.clerkUsername)
                        .build()));
        Awaiting.until("both are indexed", Duration.ofSeconds(5), () -> total(desk.clerk, marker) == 2);

        JsonObject internal = desk.clerk.get(q(marker) + "&kind=INTERNAL").json();
        JsonObject thisYear =
                desk.clerk.get(q(marker) + "&year=" + ServerTime.year()).json();
        JsonObject lastYear =
                desk.clerk.get(q(marker) + "&year=" + (ServerTime.year() - 1)).json();

        assertEquals(1, internal.getJsonNumber("total").longValue(), internal.toString());
        assertEquals(
                "Служебная записка " + marker,
                internal.getJsonArray("hits").getJsonObject(0).getString("title"));
        assertEquals(2, thisYear.getJsonNumber("total").longValue());
        assertEquals(0, lastYear.getJsonNumber("total").longValue());
    }

    @Test
    void badQueriesAreAnsweredFourHundredAndOddOnesSensibly() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk.ok(desk.register("Письмо", null));
        Api clerk = desk.clerk;

        for (String odd :
                List.of("", "*", "\"договор", "договор)", "((( [ {", "цвет:красный", "номер:", "-", "~", "\\")) {
            Api.Answer answer = clerk.get(q(odd));
            assertEquals(200, answer.status(), odd + ": " + answer.body());
        }
        assertRefused(clerk.getOverHttp11(q("слово ".repeat(10_000))), "q", "QUERY_TOO_LONG");
        assertRefused(clerk.get(q("да ".repeat(65))), "q", "QUERY_TOO_MANY_WORDS");
        assertRefused(clerk.get(q("я".repeat(2_000))), "q", "QUERY_TOO_LONG");
        assertRefused(clerk.get(q("дата:2026-02-30")), "q", "QUERY_DATE_INVALID");
        assertRefused(clerk.get(q("письмо") + "&from=2026-02-30"), "from", "NOT_A_DATE");
        assertRefused(clerk.get(q("письмо") + "&from=2026-03-01&to=2026-02-01"), "to", "TO_NOT_AFTER_FROM");
        assertRefused(clerk.get(q("письмо") + "&page=1000000000"), "page", "PAGE_TOO_FAR");
        assertRefused(clerk.get(q("письмо") + "&page=501"), "page", "PAGE_TOO_FAR");
        assertRefused(clerk.get(q("письмо") + "&page=два"), "page", "NOT_A_WHOLE_NUMBER");
        assertRefused(clerk.get(q("письмо") + "&page=0"), "page", "OUT_OF_RANGE");
        assertRefused(clerk.get(q("письмо") + "&size=1000"), "size", "OUT_OF_RANGE");
        assertRefused(clerk.get(q("письмо") + "&order=best"), "order", "ONE_OF");
        assertRefused(clerk.get(q("письмо") + "&year=20x6"), "year", "OUT_OF_RANGE");
        Api.Answer huge = clerk.getOverHttp11(q("я".repeat(1_000_000)));
        assertTrue(huge.status() >= 400 && huge.status() < 500, "a 1 MB query is answered " + huge.status());
        assertEquals(200, clerk.get(q("письмо")).status(), "and the node still answers");
        assertEquals(401, Api.anonymous().get(q("письмо")).status(), "nobody searches without signing in");
    }

    @Test
    void administratorsSeeWhereEachNodesIndexStandsAndClerksDoNot() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String marker = UniqueWords.of("метка");
        RegistryDesk.ok(desk.register("Письмо " + marker, null));
        Awaiting.until("indexed", Duration.ofSeconds(5), () -> total(desk.clerk, marker) == 1);

        Awaiting.until(
                "the node reports a position",
                Duration.ofSeconds(10),
                () -> desk.admin.get("/api/v1/index-journal/nodes").array().stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(node -> !node.getBoolean("rebuilding")
                                && node.getJsonNumber("applied").longValue() > 0
                                && node.getJsonNumber("records").longValue() > 0));
        assertEquals(403, desk.clerk.get("/api/v1/index-journal/nodes").status());
    }

    /**
     * An administrator rebuilds the node's index: searches answer in full the whole time, the job ends
     * with every record once (as many as the live index held), and the node goes on indexing. A clerk
     * and a request for another node's index are refused.
     */
    @Test
    void aRebuildKeepsAnsweringAndEndsWithEveryRecordOnce() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String marker = UniqueWords.of("перестройка");
        for (int i = 0; i < 30; i++) {
            RegistryDesk.ok(desk.register("Письмо " + i + " " + marker, null));
        }
        Awaiting.until("indexed", Duration.ofSeconds(10), () -> total(desk.clerk, marker) == 30);
        Api admin = Api.admin();
        String indexed = java.time.Instant.now().toString();
        Awaiting.until(
                "the node reports its index after that",
                Duration.ofSeconds(15),
                () -> thisNode(admin).getString("reportedAt").compareTo(indexed) > 0
                        && thisNode(admin).getJsonNumber("behind").longValue() == 0);
        JsonObject node = thisNode(admin);
        String name = node.getString("node");
        long records = node.getJsonNumber("records").longValue();

        assertEquals(
                403, desk.clerk.post(rebuild(name), JsonValue.EMPTY_JSON_OBJECT).status());
        Api.Answer elsewhere = admin.post(rebuild("node-far-away"), JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(409, elsewhere.status(), elsewhere.body());
        assertTrue(elsewhere.body().contains("node-far-away"), elsewhere.body());
        assertEquals(404, admin.get("/api/v1/index-journal/rebuilds/999999999").status());

        Api.Answer started = admin.post(rebuild(name), JsonValue.EMPTY_JSON_OBJECT);
        assertEquals(202, started.status(), started.body());
        assertEquals("STARTED", started.json().getString("outcome"));
        long execution = started.json().getJsonNumber("executionId").longValue();
        Awaiting.until("the rebuild is done, every search answered in full meanwhile", Duration.ofSeconds(60), () -> {
            assertEquals(30, total(desk.clerk, marker), "found during the rebuild");
            JsonObject status =
                    admin.get("/api/v1/index-journal/rebuilds/" + execution).json();
            assertNotEquals("FAILED", status.getString("status"), status.toString());
            return "COMPLETED".equals(status.getString("status"));
        });
        JsonObject done =
                admin.get("/api/v1/index-journal/rebuilds/" + execution).json();
        assertEquals("REBUILT " + records, done.getString("exitStatus"), "every record once");
        assertEquals(30, total(desk.clerk, marker));

        String after = UniqueWords.of("перестройка");
        RegistryDesk.ok(desk.register("Письмо " + after, null));
        Awaiting.until(
                "a card registered after the switch is found",
                Duration.ofSeconds(5),
                () -> total(desk.clerk, after) == 1);
        Awaiting.until("the node reports the new index, with no rebuild under way", Duration.ofSeconds(15), () -> {
            JsonObject now = thisNode(admin);
            return (!now.containsKey("rebuild") || now.isNull("rebuild"))
                    && now.getJsonNumber("records").longValue() == records + 1;
        });
    }

    private static String rebuild(String node) {
        return "/api/v1/index-journal/nodes/" + node + "/rebuild";
    }

    /** The node that answers: the one that reported last (the tests run one server). */
    private static JsonObject thisNode(Api admin) {
        return admin.get("/api/v1/index-journal/nodes").array().stream()
                .map(JsonValue::asJsonObject)
                .max(java.util.Comparator.comparing(n -> n.getString("reportedAt")))
                .orElseThrow();
    }

    private static void assertRefused(Api.Answer answer, String field, String code) {
        assertEquals(400, answer.status(), answer.body());
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(field, error.getString("field"), answer.body());
        assertEquals(code, error.getString("code"), answer.body());
    }

    private static long total(Api who, String query) {
        return search(who, query).getJsonNumber("total").longValue();
    }

    private static List<String> numbers(JsonArray hits) {
        return hits.stream().map(h -> h.asJsonObject().getString("number")).toList();
    }
}
