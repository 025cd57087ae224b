package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.gramota.it.ApiProbeIT.fieldsAndCodes;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Control of execution through the API: a resolution on a registered letter, its assignments through
 * report, return, report and acceptance, passed-down assignments, extensions, the card's control mark,
 * and what a clerk, a stranger and another organisation are refused.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aResolutionOnControlGoesThroughReportReturnReportAndAcceptanceAndTheCardsMarkFollows() {
        ControlOffice office = new ControlOffice();
        LocalDate due = LocalDate.parse(
                office.manager.get("/api/v1/deadlines?urgency=prompt").json().getString("due"));

        JsonArray resolutions = office.write(office.onControl()
                .add("coExecutors", Json.createArrayBuilder().add(office.staffName))
                .add("urgency", "PROMPT"));

        JsonArray assignments = resolutions.getJsonObject(0).getJsonArray("assignments");
        assertEquals(2, assignments.size());
        JsonObject mine = assignments.getJsonObject(0);
        assertTrue(mine.getBoolean("responsible"));
        assertEquals(
                office.desk.executorUsername, mine.getJsonObject("executor").getString("username"));
        assertEquals(due.toString(), mine.getString("deadline"));
        assertEquals("ISSUED", mine.getString("state"));
        assertTrue(office.card().getBoolean("onControl"));
        assertEquals(due.toString(), office.card().getString("controlDeadline"));
        assertTrue(office.card().getBoolean("controlByAssignments"));
        long id = mine.getJsonNumber("id").longValue();
        assertEquals(
                200,
                office.executor.get("/api/v1/registrations/" + office.letter).status(),
                "an executor reads the document from the resolution on");
        assertTrue(ids(office.executor.get("/api/v1/assignments?view=todo").array())
                .contains(id));

        step(office.executor, id, "start", null, "IN_PROGRESS");
        step(office.executor, id, "report", Json.createObjectBuilder().add("text", "Проект ответа готов"), "REPORTED");
        assertTrue(
                ids(office.controller.get("/api/v1/assignments?view=to-accept").array())
                        .contains(id));
        step(
                office.controller,
                id,
                "return",
                Json.createObjectBuilder().add("reason", "Нет ссылки на закон"),
                "IN_PROGRESS");
        step(office.executor, id, "report", Json.createObjectBuilder().add("text", "Исправлено"), "REPORTED");
        Api.Answer own = office.executor.post(
                "/api/v1/assignments/" + id + "/acceptance",
                Json.createObjectBuilder().build());
        assertEquals(403, own.status(), own.body());
        assertTrue(own.json().getString("detail").contains("cannot accept the report yourself"), own.body());
        JsonObject accepted = step(office.controller, id, "acceptance", null, "ACCEPTED");

        assertTrue(accepted.getJsonObject("assignment").getBoolean("doneOnTime"));
        assertEquals(
                List.of("ISSUED", "STARTED", "REPORTED", "RETURNED", "REPORTED", "ACCEPTED"),
                accepted.getJsonArray("history").stream()
                        .map(h -> h.asJsonObject().getString("kind"))
                        .toList());
        assertTrue(office.card().getBoolean("onControl"), "the co-executor's assignment is still open");

        long theirs = assignments.getJsonObject(1).getJsonNumber("id").longValue();
        step(office.staff, theirs, "report", Json.createObjectBuilder().add("text", "Сведения приложены"), "REPORTED");
        step(office.controller, theirs, "acceptance", null, "ACCEPTED");
        assertFalse(office.card().getBoolean("onControl"), "removed from control with its last assignment");
        assertFalse(office.card().containsKey("controlDeadline"), "and without a deadline");
        Api.Answer audit = Api.admin().get("/api/v1/audit?objectType=ASSIGNMENT&objectId=" + id + "&limit=20");
        assertEquals(
                List.of("ACCEPT", "REPORT", "RETURN", "REPORT", "START"),
                audit.array().stream()
                        .map(r -> r.asJsonObject().getString("action"))
                        .toList(),
                audit.body());
    }

    @Test
    void aResolutionWithBadInputIsRefusedNamingTheFieldAndNothingIsWritten() {
        ControlOffice office = new ControlOffice();
        RegistryDesk other = new RegistryDesk("{seq}");
        String yesterday = ServerTime.today().minusDays(1).toString();

        refused(office.manager, office.resolution().add("deadline", yesterday), "deadline DEADLINE_BEFORE_RESOLUTION");
        refused(
                office.manager,
                office.resolution().add("deadline", "2026-12-31").add("urgency", "URGENT"),
                "urgency DEADLINE_DATE_OR_URGENCY");
        refused(
                office.manager,
                office.resolution().add("responsible", office.controllerName),
                "responsible NOT_AN_EXECUTOR");
        refused(
                office.manager,
                office.resolution().add("responsible", other.executorUsername),
                "responsible NOT_AN_EXECUTOR");
        refused(
                office.manager,
                office.resolution().add("coExecutors", Json.createArrayBuilder().add(office.desk.executorUsername)),
                "coExecutors EXECUTOR_TWICE");
        refused(office.manager, office.resolution().add("onControl", true), "controller CONTROLLER_REQUIRED");
        refused(
                office.manager,
                office.resolution().add("controller", office.controllerName),
                "controller CONTROLLER_WITHOUT_CONTROL");
        refused(
                office.manager,
                office.resolution().add("onControl", true).add("controller", office.desk.executorUsername),
                "controller NOT_A_CONTROLLER");
        refused(office.manager, office.resolution().add("text", " "), "text REQUIRED");
        Api.Answer byClerk = office.desk.clerk.post(
                "/api/v1/resolutions", office.resolution().build());
        assertEquals(403, byClerk.status(), byClerk.body());
        Api.Answer onOthers = office.manager.post(
                "/api/v1/resolutions",
                office.resolution()
                        .add(
                                "documentId",
                                Cards.id(other.register("Чужое", null).json()))
                        .build());
        assertEquals(404, onOthers.status(), "another organisation's document is as a missing one: " + onOthers.body());

        assertEquals(
                JsonValue.EMPTY_JSON_ARRAY,
                office.manager
                        .get("/api/v1/resolutions?document=" + office.letter)
                        .array());
        assertFalse(office.card().getBoolean("onControl"));
        assertEquals(List.of(), ids(office.executor.get("/api/v1/assignments").array()));
    }

    @Test
    void noOneButItsPeopleMayTouchAnAssignmentAndTheLifecycleIsKept() {
        ControlOffice office = new ControlOffice();
        JsonObject mine = office.write(office.onControl()
                        .add("coExecutors", Json.createArrayBuilder().add(office.staffName)))
                .getJsonObject(0)
                .getJsonArray("assignments")
                .getJsonObject(0);
        long id = mine.getJsonNumber("id").longValue();
        RegistryDesk other = new RegistryDesk("{seq}");
        Api outsider = Api.as(other.executorUsername, RegistryDesk.PASSWORD);

        Api.Answer someoneElses = office.staff.post(
                "/api/v1/assignments/" + id + "/report",
                Json.createObjectBuilder().add("text", "Чужой отчёт").build());
        Api.Answer notReported = office.controller.post(
                "/api/v1/assignments/" + id + "/acceptance",
                Json.createObjectBuilder().build());
        Api.Answer fromOutside = outsider.get("/api/v1/assignments/" + id);
        Api.Answer startOutside = outsider.post(
                "/api/v1/assignments/" + id + "/start",
                Json.createObjectBuilder().build());
        Api.Answer missing = outsider.get("/api/v1/assignments/999999999");

        assertEquals(403, someoneElses.status(), someoneElses.body());
        assertEquals(409, notReported.status(), notReported.body());
        assertEquals(404, fromOutside.status(), fromOutside.body());
        assertEquals(404, startOutside.status(), startOutside.body());
        assertEquals(
                missing.json().getString("detail").replaceAll("\\d+", "#"),
                fromOutside.json().getString("detail").replaceAll("\\d+", "#"));
        JsonObject now = office.executor.get("/api/v1/assignments/" + id).json().getJsonObject("assignment");
        assertEquals("ISSUED", now.getString("state"));
        assertEquals(
                List.of(),
                ids(office.executor.get("/api/v1/assignments?view=overdue").array()));
        assertEquals(List.of("view EITHER"), codesOf(office.executor.get("/api/v1/assignments?view=late")));
        assertEquals(List.of("limit OUT_OF_RANGE"), codesOf(office.executor.get("/api/v1/assignments?limit=0")));
    }

    @Test
    void aPassedDownAssignmentKeepsItsParentOpenAndExtensionsStayInTheHistory() {
        ControlOffice office = new ControlOffice();
        LocalDate deadline = ServerTime.today().plusDays(40);
        JsonObject parent = office.write(office.onControl().add("deadline", deadline.toString()))
                .getJsonObject(0)
                .getJsonArray("assignments")
                .getJsonObject(0);
        long id = parent.getJsonNumber("id").longValue();
        LocalDate due = LocalDate.parse(parent.getString("deadline"));

        Api.Answer late = office.executor.post(
                "/api/v1/assignments/" + id + "/sub-assignments",
                Json.createObjectBuilder()
                        .add("executor", office.staffName)
                        .add("text", "Справка")
                        .add("deadline", due.plusDays(1).toString())
                        .build());
        Api.Answer toClerk = office.executor.post(
                "/api/v1/assignments/" + id + "/sub-assignments",
                Json.createObjectBuilder()
                        .add("executor", office.desk.clerkUsername)
                        .add("text", "Справка")
                        .add("deadline", due.toString())
                        .build());
        Api.Answer passed = office.executor.post(
                "/api/v1/assignments/" + id + "/sub-assignments",
                Json.createObjectBuilder()
                        .add("executor", office.staffName)
                        .add("text", "Справка по пункту 2")
                        .add("deadline", due.toString())
                        .build());
        assertEquals(List.of("deadline AFTER_PARENT_DEADLINE"), codesOf(late));
        assertEquals(List.of("executor NOT_AN_EXECUTOR"), codesOf(toClerk));
        assertEquals(201, passed.status(), passed.body());
        long child =
                passed.json().getJsonObject("assignment").getJsonNumber("id").longValue();
        assertEquals(
                office.desk.executorUsername,
                passed.json()
                        .getJsonObject("assignment")
                        .getJsonObject("controller")
                        .getString("username"));

        step(office.executor, id, "report", Json.createObjectBuilder().add("text", "Готово"), "REPORTED");
        Api.Answer blocked = office.controller.post(
                "/api/v1/assignments/" + id + "/acceptance",
                Json.createObjectBuilder().build());
        assertEquals(409, blocked.status(), blocked.body());
        step(office.controller, id, "acceptance?withOpenChildren=true", null, "ACCEPTED");
        assertEquals(
                "WITHDRAWN",
                office.staff
                        .get("/api/v1/assignments/" + child)
                        .json()
                        .getJsonObject("assignment")
                        .getString("state"));

        JsonObject second = office.write(office.onControl())
                .getJsonObject(1)
                .getJsonArray("assignments")
                .getJsonObject(0);
        long other = second.getJsonNumber("id").longValue();
        LocalDate current = LocalDate.parse(second.getString("deadline"));
        String asked = current.plusDays(14).toString();
        Api.Answer earlier = extension(office.executor, other, current.toString());
        Api.Answer first = extension(office.executor, other, asked);
        Api.Answer twice = extension(office.executor, other, asked);
        assertEquals(List.of("deadline EXTENSION_NOT_LATER"), codesOf(earlier));
        assertEquals(200, first.status(), first.body());
        assertEquals(409, twice.status(), twice.body());
        long request = first.json()
                .getJsonArray("extensions")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        Api.Answer silent = decide(office.controller, other, request, false, null);
        Api.Answer byExecutor = decide(office.executor, other, request, true, null);
        assertEquals(List.of("comment REQUIRED"), codesOf(silent));
        assertEquals(403, byExecutor.status(), byExecutor.body());
        assertEquals(
                200,
                decide(office.controller, other, request, false, "Срок не продлевается")
                        .status());
        long again = extension(office.executor, other, asked)
                .json()
                .getJsonArray("extensions")
                .getJsonObject(1)
                .getJsonNumber("id")
                .longValue();
        JsonObject approved =
                decide(office.controller, other, again, true, null).json();

        assertEquals(
                approved.getJsonArray("extensions").getJsonObject(1).getString("askedDeadline"),
                approved.getJsonObject("assignment").getString("deadline"));
        assertEquals(
                List.of(
                        "ISSUED",
                        "EXTENSION_REQUESTED",
                        "EXTENSION_REFUSED",
                        "EXTENSION_REQUESTED",
                        "EXTENSION_APPROVED",
                        "DEADLINE_CHANGED"),
                approved.getJsonArray("history").stream()
                        .map(h -> h.asJsonObject().getString("kind"))
                        .toList());
        assertEquals(
                current.toString(),
                approved.getJsonArray("history").getJsonObject(5).getString("fromDeadline"));
    }

    @Test
    void theExecutorAttachesFilesToTheReportWhichItsReadersDownload() throws Exception {
        ControlOffice office = new ControlOffice();
        long id = office.write(office.onControl())
                .getJsonObject(0)
                .getJsonArray("assignments")
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        byte[] text =
                "Справка о ремонте: работы выполнены 30 ноября.\n".getBytes(java.nio.charset.StandardCharsets.UTF_8);
        String files = "/api/v1/assignments/" + id + "/files";

        Api.Answer byController = office.controller.upload(files, "Справка.txt", text);
        Api.Answer attached = office.executor.upload(files, "Справка.txt", text);
        Api.Answer empty = office.executor.upload(files, "Пусто.txt", new byte[0]);

        assertEquals(403, byController.status(), byController.body());
        assertEquals(201, attached.status(), attached.body());
        assertEquals(List.of("file FILE_EMPTY"), codesOf(empty));
        long file = attached.json().getJsonNumber("id").longValue();
        JsonObject details = office.controller.get("/api/v1/assignments/" + id).json();
        assertEquals(
                "Справка.txt", details.getJsonArray("files").getJsonObject(0).getString("fileName"));
        try (java.io.InputStream content =
                office.controller.download(files + "/" + file).body()) {
            org.junit.jupiter.api.Assertions.assertArrayEquals(text, content.readAllBytes());
        }
        Api outsider = Api.as(new RegistryDesk("{seq}").executorUsername, RegistryDesk.PASSWORD);
        assertEquals(404, outsider.get(files + "/" + file).status());
        assertEquals(404, office.controller.get(files + "/" + (file + 1000)).status());

        step(office.executor, id, "report", Json.createObjectBuilder().add("text", "Справка приложена"), "REPORTED");
        Api.Answer late = office.executor.upload(files, "Ещё.txt", text);
        assertEquals(409, late.status(), "the report is submitted: its files are closed: " + late.body());
    }

    private static Api.Answer extension(Api caller, long id, String deadline) {
        return caller.post(
                "/api/v1/assignments/" + id + "/extension-requests",
                Json.createObjectBuilder()
                        .add("deadline", deadline)
                        .add("reason", "Ждём сведения из Росреестра")
                        .build());
    }

    private static Api.Answer decide(Api caller, long id, long request, boolean approve, String comment) {
        JsonObjectBuilder body =
                Json.createObjectBuilder().add("requestId", request).add("approve", approve);
        if (comment != null) {
            body.add("comment", comment);
        }
        return caller.post("/api/v1/assignments/" + id + "/extension-decision", body.build());
    }

    private static JsonObject step(Api caller, long id, String step, JsonObjectBuilder body, String state) {
        Api.Answer answer = caller.post(
                "/api/v1/assignments/" + id + "/" + step,
                body == null ? Json.createObjectBuilder().build() : body.build());
        assertEquals(200, answer.status(), step + ": " + answer.body());
        assertEquals(state, answer.json().getJsonObject("assignment").getString("state"), answer.body());
        return answer.json();
    }

    private static void refused(Api caller, JsonObjectBuilder body, String expected) {
        Api.Answer answer = caller.post("/api/v1/resolutions", body.build());
        assertEquals(List.of(expected), codesOf(answer));
    }

    private static List<String> codesOf(Api.Answer answer) {
        assertEquals(400, answer.status(), answer.body());
        return fieldsAndCodes(answer);
    }

    private static List<Long> ids(JsonArray views) {
        return views.stream()
                .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                .toList();
    }
}
