package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration cards of every kind through the REST API, with the requisites each kind needs, their
 * audit records and index journal rows; corrections under optimistic locking; links; duplicates.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationCardIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.ear();
    }

    @Test
    void anIncomingLetterIsRegisteredWithItsSenderReferenceCaseAndExecutor() {
        RegistryDesk desk = new RegistryDesk("{caseIndex}/{seq}");
        JsonObject card = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("О ремонте дороги Новосибирск – Колывань")
                        .add("documentType", "письмо")
                        .add("correspondentNumber", "01-12/345")
                        .add(
                                "correspondentDate",
                                ServerTime.today().minusDays(2).toString())
                        .add("signatoryName", "Заместитель министра А. В. Петров")
                        .add("executor", desk.executorUsername)
                        .add("addressees", Json.createArrayBuilder().add(desk.executorUsername))
                        .add("caseIndex", "01-12")
                        .add("pages", 3)
                        .add("deliveryChannel", "почта")
                        .add("onControl", true)
                        .add("controlDeadline", ServerTime.today().plusDays(30).toString())
                        .build()));

        assertEquals("01-12/1", card.getString("number"));
        assertEquals("INCOMING", card.getString("kind"));
        assertEquals(
                "Министерство транспорта " + desk.organisation,
                card.getJsonObject("correspondent").getString("name"));
        assertEquals("01-12/345", card.getString("correspondentNumber"));
        assertEquals("Переписка с министерствами области", card.getString("caseTitle"));
        assertEquals(desk.executorUsername, card.getJsonObject("executor").getString("username"));
        assertEquals("Кузнецов Игорь Олегович", card.getJsonObject("executor").getString("fullName"));
        assertEquals(3, card.getInt("pages"));
        assertTrue(card.getBoolean("onControl"));
        assertAuditedAndJournalled(desk, card, "REGISTER");
        // The executor works on it, so reads it; the access policy knows.
        Api executor = Api.as(desk.executorUsername, RegistryDesk.PASSWORD);
        assertEquals(200, executor.get("/api/v1/registrations/" + id(card)).status());
    }

    @Test
    void everyKindIsRegisteredWithTheRequisitesItNeeds() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        JsonObject outgoing = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("OUT", "О направлении информации о ремонте дорог")
                        .add(
                                "addresseeCorrespondentIds",
                                Json.createArrayBuilder().add(desk.senderId))
                        .add("signatory", desk.executorUsername)
                        .build()));
        JsonObject internal = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("INT", "Служебная записка о графике отпусков")
                        .add("addressees", Json.createArrayBuilder().add(desk.executorUsername))
                        .add("signatory", desk.clerkUsername)
                        .add("text", "Прошу утвердить график отпусков на 2027 год.")
                        .build()));
        JsonObject act = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("POST", "Об утверждении муниципальной программы «Дороги района»")
                        .add("documentType", "постановление")
                        .add("signatory", desk.executorUsername)
                        .build()));
        JsonObject appeal = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("OG", "О ремонте подъезда дома № 1 по ул. Ленина")
                        .add("correspondentId", desk.citizenId)
                        .add("deliveryChannel", "интернет-приёмная")
                        .build()));

        assertEquals("1-исх", outgoing.getString("number"));
        assertEquals(
                desk.senderId,
                outgoing.getJsonArray("addresseeCorrespondents")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(desk.executorUsername, outgoing.getJsonObject("signatory").getString("username"));
        assertEquals("1-вн", internal.getString("number"));
        assertEquals("Прошу утвердить график отпусков на 2027 год.", internal.getString("text"));
        assertEquals("1-п", act.getString("number"));
        assertEquals("постановление", act.getString("documentType"));
        assertEquals("1-ОГ", appeal.getString("number"));
        assertEquals("CITIZEN", appeal.getJsonObject("correspondent").getString("kind"));
        for (JsonObject card : List.of(outgoing, internal, act, appeal)) {
            assertAuditedAndJournalled(desk, card, "REGISTER");
        }
    }

    @Test
    void eachKindRefusesACardWithoutWhatItNeedsNamingEveryField() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.card("IN", "Без отправителя").build()),
                "correspondentId");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations", desk.card("OUT", "Никому").build()),
                "addresseeCorrespondentIds",
                "signatory");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations", desk.card("INT", "Никому").build()),
                "addressees",
                "signatory");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.card("POST", "Акт без вида")
                                .add("documentType", "письмо")
                                .build()),
                "documentType",
                "signatory");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.card("OG", "От организации")
                                .add("correspondentId", desk.senderId)
                                .build()),
                "correspondentId");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.incoming("Неизвестные")
                                .add("caseIndex", "99-99")
                                .add("executor", "nobody-such")
                                .add(
                                        "correspondentDate",
                                        ServerTime.today().plusDays(3).toString())
                                .build()),
                "correspondentDate",
                "executor",
                "caseIndex");
        // Nothing was registered and no number taken.
        assertEquals("1", desk.register("Наконец правильно", null).json().getString("number"));
    }

    @Test
    void aCardCannotNameAnEmployeeOfAnotherOrganisationWhoWouldThenReadIt() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");

        Api.Answer answer = desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("Чужому исполнителю")
                        .add("executor", other.executorUsername)
                        .build());

        assertFields(answer, "executor");
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size());
    }

    @Test
    void aTenMegabyteSummaryIsRefusedAndNothingIsWritten() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String huge = "Очень длинное содержание. ".repeat(10 * 1024 * 1024 / 50);

        Api.Answer answer =
                desk.clerk.post("/api/v1/registrations", desk.incoming(huge).build());

        assertFields(answer, "title");
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size());
        assertEquals("1", desk.register("Короткое", null).json().getString("number"));
    }

    @Test
    void invalidUtf8IsRefusedWithAClearProblem() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        byte[] prefix = ("{\"organisationCode\":\"" + desk.organisation
                        + "\",\"journalCode\":\"IN\",\"correspondentId\":" + desk.senderId + ",\"title\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3; // a lead byte followed by no continuation
        body[prefix.length + 1] = (byte) 0x28;
        body[prefix.length + 2] = '"';
        body[prefix.length + 3] = '}';

        Api.Answer answer = desk.clerk.postRaw("/api/v1/registrations", "application/json", body);

        assertFields(answer, "body");
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(
                answer.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("UTF-8"),
                answer.body());
        assertEquals("1", desk.register("После ошибки", null).json().getString("number"));
    }

    @Test
    void aCorrectionIsAuditedWithBeforeAndAfterAndAStaleVersionIsAConflict() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        JsonObject card = desk.register("Первоначальный заголовок", null).json();
        JsonObject correction = Json.createObjectBuilder()
                .add("version", card.getJsonNumber("version").longValue())
                .add("title", "Исправленный заголовок")
                .add("correspondentId", desk.senderId)
                .add("correspondentNumber", "77")
                .add("executor", desk.executorUsername)
                .build();

        Api.Answer corrected = desk.clerk.put("/api/v1/registrations/" + id(card), correction);
        Api.Answer stale = desk.clerk.put("/api/v1/registrations/" + id(card), correction);

        assertEquals(200, corrected.status(), corrected.body());
        assertEquals("Исправленный заголовок", corrected.json().getString("title"));
        assertEquals(card.getString("number"), corrected.json().getString("number"), "the number never changes");
        assertEquals(desk.clerkUsername, corrected.json().getString("editedBy"));
        assertEquals(409, stale.status(), stale.body());
        assertEquals(
                "Исправленный заголовок",
                desk.clerk.get("/api/v1/registrations/" + id(card)).json().getString("title"));
        JsonObject edit = auditRecords(desk, id(card)).stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("action").equals("EDIT"))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no EDIT audit record"));
        assertTrue(edit.getBoolean("redacted"), "the administrator does not read the card: " + edit);
        assertFalse(edit.toString().contains("заголовок"), edit.toString());
        assertEquals(2, journalRows(desk, id(card)).size(), "registration and correction");
    }

    @Test
    void twoClerksCorrectingTheSameVersionAtOnceOneWinsAndTheOthersAreToldToReload() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}");
        JsonObject card = desk.register("Исходный заголовок", null).json();
        long version = card.getJsonNumber("version").longValue();
        ExecutorService pool = Executors.newFixedThreadPool(6);
        try {
            List<Future<Api.Answer>> edits = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                JsonObject correction = Json.createObjectBuilder()
                        .add("version", version)
                        .add("title", "Правка № " + i)
                        .add("correspondentId", desk.senderId)
                        .add("executor", i % 2 == 0 ? desk.executorUsername : desk.clerkUsername)
                        .build();
                edits.add(pool.submit(() -> desk.clerk.put("/api/v1/registrations/" + id(card), correction)));
            }
            List<Integer> statuses = new ArrayList<>();
            for (Future<Api.Answer> edit : edits) {
                statuses.add(edit.get().status());
            }

            assertEquals(1, statuses.stream().filter(s -> s == 200).count(), statuses.toString());
            assertEquals(5, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
            assertEquals(
                    version + 1,
                    desk.clerk
                            .get("/api/v1/registrations/" + id(card))
                            .json()
                            .getJsonNumber("version")
                            .longValue());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledCardIsNotCorrected() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        JsonObject card = desk.register("Отменяемое", null).json();
        JsonObject cancelled = desk.clerk
                .post(
                        "/api/v1/registrations/" + id(card) + "/cancellation",
                        Json.createObjectBuilder().add("reason", "Ошибка").build())
                .json();

        Api.Answer answer = desk.clerk.put(
                "/api/v1/registrations/" + id(card),
                Json.createObjectBuilder()
                        .add("version", cancelled.getJsonNumber("version").longValue())
                        .add("title", "Поздно")
                        .add("correspondentId", desk.senderId)
                        .build());

        assertEquals(409, answer.status(), answer.body());
    }

    @Test
    void aReplyIsLinkedAndBothCardsShowTheLink() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        JsonObject letter = desk.register("Запрос информации", null).json();
        JsonObject reply = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("OUT", "Ответ на запрос информации")
                        .add(
                                "addresseeCorrespondentIds",
                                Json.createArrayBuilder().add(desk.senderId))
                        .add("signatory", desk.executorUsername)
                        .build()));

        Api.Answer linked = desk.clerk.post(
                "/api/v1/registrations/" + id(reply) + "/links",
                Json.createObjectBuilder()
                        .add("documentId", id(letter))
                        .add("type", "IN_REPLY_TO")
                        .build());
        Api.Answer again = desk.clerk.post(
                "/api/v1/registrations/" + id(reply) + "/links",
                Json.createObjectBuilder()
                        .add("documentId", id(letter))
                        .add("type", "IN_REPLY_TO")
                        .build());

        assertEquals(201, linked.status(), linked.body());
        assertEquals(409, again.status(), again.body());
        JsonObject fromReply = desk.clerk
                .get("/api/v1/registrations/" + id(reply))
                .json()
                .getJsonArray("links")
                .getJsonObject(0);
        JsonObject fromLetter = desk.clerk
                .get("/api/v1/registrations/" + id(letter))
                .json()
                .getJsonArray("links")
                .getJsonObject(0);
        assertEquals("OUTGOING", fromReply.getString("direction"));
        assertEquals("в ответ на № 1", fromReply.getString("label"));
        assertEquals("INCOMING", fromLetter.getString("direction"));
        assertEquals("ответ № 1-исх", fromLetter.getString("label"));
        assertEquals(
                id(reply),
                fromLetter.getJsonObject("document").getJsonNumber("id").longValue());
    }

    @Test
    void aLinkToADocumentOfAnotherOrganisationIsRefusedAsToAMissingOne() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        long mine = id(desk.register("Моё", null).json());
        long theirs = id(other.register("Чужое", null).json());

        Api.Answer answer = desk.clerk.post(
                "/api/v1/registrations/" + mine + "/links",
                Json.createObjectBuilder()
                        .add("documentId", theirs)
                        .add("type", "RELATED_TO")
                        .build());

        assertEquals(404, answer.status(), answer.body());
    }

    @Test
    void theSameSenderNumberAndDateIsAProbableDuplicateUntilTheClerkConfirmsIt() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String date = ServerTime.today().minusDays(1).toString();
        JsonObject first = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("Письмо о ремонте")
                        .add("correspondentNumber", "12/7")
                        .add("correspondentDate", date)
                        .build()));
        JsonObject again = desk.incoming("Письмо о ремонте (копия по эл. почте)")
                .add("correspondentNumber", "12/7")
                .add("correspondentDate", date)
                .build();

        Api.Answer warned = desk.clerk.post("/api/v1/registrations", again);

        assertEquals(409, warned.status(), warned.body());
        assertEquals("urn:gramota:problem:probable-duplicate", warned.json().getString("type"));
        JsonArray candidates = warned.json().getJsonArray("errors");
        assertEquals(id(first), candidates.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(
                1,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size(),
                "the warning registers nothing");

        JsonObject confirmed = created(desk.clerk.post(
                "/api/v1/registrations",
                Json.createObjectBuilder(again)
                        .add("confirmedDuplicateOf", id(first))
                        .build()));

        assertEquals("2", confirmed.getString("number"), "the warning consumed no number");
        assertEquals(
                id(first),
                confirmed.getJsonObject("duplicateOf").getJsonNumber("id").longValue());
        assertEquals(
                "RELATED_TO", confirmed.getJsonArray("links").getJsonObject(0).getString("type"));
    }

    @Test
    void correspondentsAreFoundAsYouTypeAndCitizensStayWithTheirOrganisation() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        JsonArray byWordStarts = desk.clerk
                .get("/api/v1/correspondents?q=" + encode("МИН трансп " + desk.organisation.substring(0, 9)))
                .array();
        JsonArray citizensHere = desk.clerk
                .get("/api/v1/correspondents?kind=CITIZEN&q=" + encode("иванов петр"))
                .array();
        JsonArray citizensThere = other.clerk
                .get("/api/v1/correspondents?kind=CITIZEN&q=" + encode("иванов"))
                .array();

        assertTrue(
                byWordStarts.stream()
                        .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == desk.senderId),
                byWordStarts.toString());
        assertTrue(
                citizensHere.stream()
                        .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == desk.citizenId),
                "ё and е are the same letter: " + citizensHere);
        assertTrue(
                citizensThere.stream()
                        .noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == desk.citizenId),
                "another organisation never sees the citizen: " + citizensThere);
        Api.Answer citizenById = other.clerk.get("/api/v1/correspondents/" + desk.citizenId);
        Api.Answer missing = other.clerk.get("/api/v1/correspondents/" + Long.MAX_VALUE);
        assertEquals(404, citizenById.status(), "nor reads them by id: " + citizenById.body());
        assertEquals(missing.json().keySet(), citizenById.json().keySet());
        assertFalse(citizenById.body().contains("Иванов"), citizenById.body());
        assertEquals(
                200, desk.clerk.get("/api/v1/correspondents/" + desk.citizenId).status());
        assertEquals(
                404,
                Api.admin().get("/api/v1/correspondents/" + desk.citizenId).status(),
                "administrators administer, they do not read citizens' data");
        assertEquals(
                200, other.clerk.get("/api/v1/correspondents/" + desk.senderId).status());
        // Nor can it register an appeal from them.
        assertFields(
                other.clerk.post(
                        "/api/v1/registrations",
                        other.card("OG", "Чужой гражданин")
                                .add("correspondentId", desk.citizenId)
                                .build()),
                "correspondentId");
    }

    @Test
    void theNomenclatureRefusesRetentionPeriodsTheStandardListDoesNotHave() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String cases = "/api/v1/organisations/" + desk.organisation + "/nomenclature/" + ServerTime.year() + "/cases";

        Api.Answer sevenYears = desk.clerk.post(
                cases,
                Json.createObjectBuilder()
                        .add("index", "02-01")
                        .add("title", "Приказы по основной деятельности")
                        .add("retentionYears", 7)
                        .build());
        Api.Answer permanent = desk.clerk.post(
                cases,
                Json.createObjectBuilder()
                        .add("index", "02-01")
                        .add("title", "Приказы по основной деятельности")
                        .add("retentionKind", "PERMANENT")
                        .add("retentionArticle", "ст. 19 а")
                        .build());
        Api.Answer twice = desk.clerk.post(
                cases,
                Json.createObjectBuilder()
                        .add("index", "02-01")
                        .add("title", "Ещё раз")
                        .add("retentionKind", "PERMANENT")
                        .build());

        assertFields(sevenYears, "retentionYears");
        assertEquals(201, permanent.status(), permanent.body());
        assertEquals("постоянно", permanent.json().getString("retention"));
        assertEquals(409, twice.status(), twice.body());
        JsonArray listed = desk.clerk.get(cases).array();
        assertEquals(
                List.of("01-12", "02-01"),
                listed.stream().map(c -> c.asJsonObject().getString("index")).toList());
        assertEquals(
                403,
                Api.as(desk.executorUsername, RegistryDesk.PASSWORD)
                        .post(
                                cases,
                                Json.createObjectBuilder()
                                        .add("index", "03-01")
                                        .add("title", "Не его дело")
                                        .add("retentionYears", 5)
                                        .build())
                        .status());
    }

    @Test
    void listsFilterByKindCorrespondentAndCase() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        desk.register("Без дела", null);
        JsonObject filed = desk.register("В деле", null, "01-12").json();
        created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("OG", "Обращение")
                        .add("correspondentId", desk.citizenId)
                        .build()));
        String list = "/api/v1/registrations?organisation=" + desk.organisation;
        long caseId = desk.clerk
                .get("/api/v1/organisations/" + desk.organisation + "/nomenclature/" + ServerTime.year() + "/cases")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();

        assertEquals(
                List.of("Обращение"),
                titles(desk.clerk.get(list + "&kind=CITIZEN_APPEAL").array()));
        assertEquals(
                List.of("В деле", "Без дела"),
                titles(desk.clerk.get(list + "&correspondent=" + desk.senderId).array()));
        assertEquals(
                List.of("В деле"),
                titles(desk.clerk.get(list + "&case=" + caseId).array()));
        assertEquals(
                List.of("Без дела", "В деле", "Обращение"),
                titles(desk.clerk.get(list + "&order=oldest").array()));
        assertEquals(
                "01-12",
                desk.clerk
                        .get(list + "&case=" + caseId)
                        .array()
                        .getJsonObject(0)
                        .getString("caseIndex"));
        assertEquals(
                id(filed),
                desk.clerk
                        .get(list + "&case=" + caseId)
                        .array()
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(400, desk.clerk.get(list + "&kind=LETTER").status());
        assertEquals(400, desk.clerk.get(list + "&limit=100000").status());
    }

    private static List<String> titles(JsonArray page) {
        return page.stream().map(c -> c.asJsonObject().getString("title")).toList();
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private static void assertAuditedAndJournalled(RegistryDesk desk, JsonObject card, String action) {
        assertTrue(
                auditRecords(desk, id(card)).stream()
                        .anyMatch(r -> r.asJsonObject().getString("action").equals(action)),
                "audited: " + card.getString("number"));
        JsonArray rows = journalRows(desk, id(card));
        assertTrue(rows.size() >= 1, "index journal: " + rows);
        assertEquals("UPSERT", rows.getJsonObject(0).getString("operation"));
    }

    static JsonArray auditRecords(RegistryDesk desk, long documentId) {
        return desk.admin
                .get("/api/v1/audit?objectType=DOCUMENT&objectId=" + documentId + "&limit=100")
                .array();
    }

    static JsonArray journalRows(RegistryDesk desk, long documentId) {
        Api.Answer answer = desk.admin.get("/api/v1/index-journal?entityType=DOCUMENT&entityId=" + documentId);
        assertEquals(200, answer.status(), answer.body());
        return answer.array();
    }

    static JsonObject created(Api.Answer answer) {
        assertEquals(201, answer.status(), answer.body());
        return answer.json();
    }

    static long id(JsonObject card) {
        return card.getJsonNumber("id").longValue();
    }

    static void assertFields(Api.Answer answer, String... fields) {
        assertEquals(400, answer.status(), answer.body());
        List<String> named = answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field"))
                .toList();
        for (String field : fields) {
            assertTrue(named.contains(field), field + " in " + answer.body());
        }
    }
}
