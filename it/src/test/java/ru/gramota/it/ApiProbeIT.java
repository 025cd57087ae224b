package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Hostile requests to the REST API: each is refused with a 4xx problem naming the field and the
 * reason, and nothing is written.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ApiProbeIT {

    private static RegistryDesk desk;

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    private static synchronized RegistryDesk desk() {
        if (desk == null) {
            desk = new RegistryDesk("{seq}");
        }
        return desk;
    }

    @Test
    void aBodyOfTheWrongShapeOrTypesIsRefusedFieldByFieldAndRegistersNothing() {
        RegistryDesk desk = desk();
        String good = desk.incoming("Проба").build().toString();
        String open = good.substring(0, good.length() - 1);
        List<Map.Entry<String, String>> bodies = new ArrayList<>();
        bodies.add(Map.entry("restricted NOT_A_BOOLEAN", open + ",\"restricted\":\"yes\"}"));
        bodies.add(Map.entry("onControl NOT_A_BOOLEAN", open + ",\"onControl\":1}"));
        bodies.add(Map.entry(
                "correspondentId NOT_A_WHOLE_NUMBER",
                open.replace("\"correspondentId\":", "\"x\":") + "," + "\"correspondentId\":1.5}"));
        bodies.add(Map.entry("pages NOT_A_WHOLE_NUMBER", open + ",\"pages\":\"3\"}"));
        bodies.add(Map.entry("pages NOT_A_WHOLE_NUMBER", open + ",\"pages\":3.0}"));
        bodies.add(Map.entry("pages OUT_OF_RANGE", open + ",\"pages\":4294967296}"));
        bodies.add(Map.entry("title NOT_TEXT", good.replace("\"title\":\"Проба\"", "\"title\":42")));
        bodies.add(Map.entry("addressees NOT_A_LIST", open + ",\"addressees\":\"ivanova\"}"));
        bodies.add(Map.entry("addressees NOT_TEXT", open + ",\"addressees\":[1]}"));
        bodies.add(Map.entry("documentDate OUT_OF_RANGE", open + ",\"documentDate\":\"0000-01-01\"}"));
        bodies.add(Map.entry(
                "controlDeadline NOT_A_DATE", open + ",\"onControl\":true,\"controlDeadline\":\"+99999-01-01\"}"));
        bodies.add(Map.entry(
                "controlDeadline OUT_OF_RANGE", open + ",\"onControl\":true,\"controlDeadline\":\"2100-01-01\"}"));
        bodies.add(Map.entry("correspondentDate NOT_A_DATE", open + ",\"correspondentDate\":\"2026-02-30\"}"));
        bodies.add(Map.entry("correspondentDate NOT_A_DATE", open + ",\"correspondentDate\":\"2026-1-5\"}"));
        bodies.add(Map.entry("correspondentDate NOT_A_DATE", open + ",\"correspondentDate\":\"\"}"));
        bodies.add(Map.entry("titel FIELD_UNKNOWN", open + ",\"titel\":\"Опечатка\"}"));
        bodies.add(Map.entry("title FIELD_TWICE", open + ",\"title\":\"Второй\"}"));
        bodies.add(Map.entry("body BODY_TRAILING_DATA", good + good));
        bodies.add(Map.entry("body BODY_TRAILING_DATA", good + " x"));
        bodies.add(Map.entry("body BODY_NOT_OBJECT", "[" + good + "]"));
        bodies.add(Map.entry("body BODY_NOT_OBJECT", "\"" + good.replace("\"", "\\\"") + "\""));
        bodies.add(Map.entry("body BODY_NOT_JSON", open));
        List<String> wrong = new ArrayList<>();
        for (Map.Entry<String, String> probe : bodies) {
            Api.Answer answer = desk.clerk.postRaw("/api/v1/registrations", "application/json", probe.getValue());
            String expected = probe.getKey();
            if (answer.status() != 400
                    || !answer.contentType().startsWith("application/problem+json")
                    || !fieldsAndCodes(answer).contains(expected)) {
                wrong.add(expected + " <- " + probe.getValue() + ": " + answer.status() + " " + answer.body());
            }
        }

        assertEquals(List.of(), wrong);
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size(),
                "nothing registered");
        assertEquals("1", desk.register("После проб", null).json().getString("number"));
    }

    @Test
    void everyWrongFieldOfABodyIsNamedAtOnce() {
        RegistryDesk desk = desk();
        String good = desk.incoming("Проба").build().toString();
        String body =
                good.substring(0, good.length() - 1) + ",\"restricted\":\"yes\",\"pages\":1.5,\"colour\":\"red\"}";

        Api.Answer answer = desk.clerk.postRaw("/api/v1/registrations", "application/json", body);

        assertEquals(
                List.of("restricted NOT_A_BOOLEAN", "pages NOT_A_WHOLE_NUMBER", "colour FIELD_UNKNOWN").stream()
                        .sorted()
                        .toList(),
                fieldsAndCodes(answer).stream().sorted().toList(),
                answer.body());
    }

    @Test
    void anUnknownFieldIsNamedInRussianToo() {
        Api.Answer answer = Api.admin()
                .accepting("ru")
                .postRaw("/api/v1/organisations", "application/json", "{\"code\":\"IT-TYPO\",\"nmae\":\"Опечатка\"}");

        assertEquals(400, answer.status(), answer.body());
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("nmae", error.getString("field"));
        assertEquals("FIELD_UNKNOWN", error.getString("code"));
        assertTrue(error.getString("message").startsWith("Такого поля в этом запросе нет"), answer.body());
        assertEquals(404, Api.admin().get("/api/v1/organisations/IT-TYPO").status(), "nothing created");
    }

    @Test
    void anInstantOutsideTheYearsOfTheRegistryIsRefused() {
        Api.Answer year0 = desk().clerk.get("/api/v1/registrations?from=0000-01-01T00:00:00Z");
        Api.Answer far = desk().clerk.get("/api/v1/registrations?to=%2B99999-01-01T00:00:00Z");

        assertEquals(List.of("from OUT_OF_RANGE"), fieldsAndCodes(year0), year0.body());
        assertEquals(List.of("to NOT_AN_INSTANT"), fieldsAndCodes(far), far.body());
    }

    @Test
    void everyWriteOperationRefusesEveryBadBodyItsSchemaSuggestsAndChangesNothing() {
        RegistryDesk desk = desk();
        JsonObject document = Api.anonymous().get("/openapi?format=JSON").json();
        HostileBodies hostile =
                new HostileBodies(document.getJsonObject("components").getJsonObject("schemas"));
        Api admin = Api.admin();
        Api executor = Api.as(desk.executorUsername, RegistryDesk.PASSWORD);
        String org = desk.organisation;
        RegistryDesk.ok(admin.post(
                "/api/v1/organisations/" + org + "/departments",
                Json.createObjectBuilder()
                        .add("code", "D1")
                        .add("name", "Отдел проб")
                        .build()));
        long position = RegistryDesk.id(admin.post(
                "/api/v1/organisations/" + org + "/positions",
                Json.createObjectBuilder().add("title", "Специалист").build()));
        long card = Cards.id(desk.register("Карточка для проб", null).json());
        long other = Cards.id(desk.register("Другая карточка", null).json());
        Map<String, JsonValue> known = Map.ofEntries(
                Map.entry("organisationCode", Json.createValue(org)),
                Map.entry("journalCode", Json.createValue("IN")),
                Map.entry("correspondentId", Json.createValue(desk.senderId)),
                Map.entry("documentId", Json.createValue(other)),
                Map.entry("positionId", Json.createValue(position)),
                Map.entry("role", Json.createValue("EXECUTOR")),
                Map.entry("version", Json.createValue(0)),
                Map.entry("currentPassword", Json.createValue(RegistryDesk.PASSWORD)));
        String year = Integer.toString(ServerTime.year());
        Map<String, Api> callers = new LinkedHashMap<>();
        callers.put("/api/v1/organisations", admin);
        callers.put("/api/v1/organisations/{code}", admin);
        callers.put("/api/v1/organisations/{code}/departments", admin);
        callers.put("/api/v1/organisations/{code}/departments/{department}", admin);
        callers.put("/api/v1/organisations/{code}/positions", admin);
        callers.put("/api/v1/organisations/{code}/journals", admin);
        callers.put("/api/v1/organisations/{code}/nomenclature/{year}/cases", desk.clerk);
        callers.put("/api/v1/employees", admin);
        callers.put("/api/v1/employees/{username}", admin);
        callers.put("/api/v1/employees/{username}/password", admin);
        callers.put("/api/v1/employees/{username}/email", admin);
        callers.put("/api/v1/employees/{username}/roles", admin);
        callers.put("/api/v1/employees/{username}/positions", admin);
        callers.put("/api/v1/me/password", executor);
        callers.put("/api/v1/tokens", Api.anonymous());
        callers.put("/api/v1/registrations", desk.clerk);
        callers.put("/api/v1/registrations/{id}", desk.clerk);
        callers.put("/api/v1/registrations/{id}/cancellation", desk.clerk);
        callers.put("/api/v1/registrations/{id}/links", desk.clerk);
        callers.put("/api/v1/correspondents", desk.clerk);
        callers.put("/api/v1/generator/registrations", admin);
        callers.put("/api/v1/generator/benchmarks/search", admin);
        callers.put("/api/v1/generator/benchmarks/indexing", admin);
        // A manager may write resolutions, so that every refusal below is the body's, not the caller's.
        callers.put(
                "/api/v1/resolutions",
                Api.as(desk.employee("it.manager", "Петров Пётр Петрович", "MANAGER"), RegistryDesk.PASSWORD));
        // No assignment has the card's id: a body that passes its reading is refused as a missing assignment.
        for (String step : List.of("report", "return", "sub-assignments", "extension-requests", "extension-decision")) {
            callers.put("/api/v1/assignments/{id}/" + step, desk.clerk);
        }
        List<String> probed = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        long started = System.nanoTime();
        int sent = 0;

        for (Map.Entry<String, JsonValue> item : document.getJsonObject("paths").entrySet()) {
            for (Map.Entry<String, JsonValue> entry :
                    item.getValue().asJsonObject().entrySet()) {
                String method = entry.getKey().toUpperCase(Locale.ROOT);
                JsonObject operation = entry.getValue().asJsonObject();
                if (!(method.equals("POST") || method.equals("PUT"))
                        || !operation.containsKey("requestBody")
                        || !operation
                                .getJsonObject("requestBody")
                                .getJsonObject("content")
                                .containsKey("application/json")) {
                    continue;
                }
                String where = method + " " + item.getKey();
                Api caller = callers.get(item.getKey());
                if (caller == null) {
                    wrong.add(where + ": a write operation the probe does not know; add its caller");
                    continue;
                }
                String path = item.getKey()
                        .replace("{code}", org)
                        .replace("{department}", "D1")
                        .replace("{year}", year)
                        .replace("{username}", desk.executorUsername)
                        .replace("{id}", Long.toString(card));
                String schema = operation
                        .getJsonObject("requestBody")
                        .getJsonObject("content")
                        .getJsonObject("application/json")
                        .getJsonObject("schema")
                        .getString("$ref")
                        .replace("#/components/schemas/", "");
                Map<String, JsonValue> values = new HashMap<>(known);
                Api.Answer current = method.equals("PUT") ? caller.get(path) : null;
                if (current != null && current.status() == 200 && current.body().startsWith("{")) {
                    JsonValue version = current.json().get("version");
                    if (version != null) {
                        values.put("version", version);
                    }
                }
                long before = fingerprint(admin, desk);
                for (HostileBodies.Probe probe : hostile.of(schema, values)) {
                    Api.Answer answer = method.equals("POST")
                            ? caller.postRaw(path, "application/json", probe.body())
                            : caller.putRaw(path, "application/json", probe.body());
                    sent++;
                    String refusal = refusal(answer, probe);
                    if (refusal != null) {
                        wrong.add(where + ", " + probe.what() + ": " + refusal + " <- " + abbreviated(probe.body()));
                    }
                }
                if (fingerprint(admin, desk) != before) {
                    wrong.add(where + ": something was written (a new audit record)");
                }
                probed.add(where);
            }
        }

        System.out.printf(
                "ApiProbeIT: %d bad bodies to %d operations in %d ms%n",
                sent, probed.size(), (System.nanoTime() - started) / 1_000_000);
        assertTrue(probed.size() >= 20, "the write operations: " + probed);
        assertEquals(List.of(), wrong);
    }

    /** Why the answer is not the refusal the probe expects; null when it is. */
    private static String refusal(Api.Answer answer, HostileBodies.Probe probe) {
        if (answer.status() < 400 || answer.status() >= 500 || answer.status() == 401 || answer.status() == 403) {
            return "answered " + answer.status() + " " + abbreviated(answer.body());
        }
        if (!answer.contentType().startsWith("application/problem+json")) {
            return "answered " + answer.contentType();
        }
        if (probe.field() != null
                && fieldsAndCodes(answer).stream().noneMatch(e -> e.startsWith(probe.field() + " "))) {
            return "the refusal does not name " + probe.field() + ": " + abbreviated(answer.body());
        }
        return null;
    }

    /**
     * What changes with any write: the newest audit record (every successful write is audited; failed
     * sign-ins are too, and are left out) and the desk's newest registration.
     */
    private static long fingerprint(Api admin, RegistryDesk desk) {
        long newest = admin.get("/api/v1/audit?limit=50").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> !r.getString("action").startsWith("SIGN_IN")
                        && !r.getString("action").contains("LOCK"))
                .mapToLong(r -> r.getJsonNumber("seq").longValue())
                .max()
                .orElse(0);
        JsonArray cards = desk.clerk
                .get("/api/v1/registrations?limit=1&organisation=" + desk.organisation)
                .array();
        return newest * 31
                + (cards.isEmpty()
                        ? 0
                        : cards.getJsonObject(0).getJsonNumber("id").longValue());
    }

    private static String abbreviated(String text) {
        return text.length() > 300 ? text.substring(0, 300) + "…" : text;
    }

    static List<String> fieldsAndCodes(Api.Answer answer) {
        if (answer.status() != 400 || !answer.json().containsKey("errors")) {
            return List.of();
        }
        return answer.json().getJsonArray("errors").stream()
                .map(e -> e.asJsonObject().getString("field") + " "
                        + e.asJsonObject().getString("code"))
                .toList();
    }
}
