package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The access suite: every read endpoint of the served OpenAPI document, walked with the ids of one
 * organisation's records (a ДСП card with a file and a link, the card it links to, a citizen, the
 * organisation's journals, cases and people) as a registry clerk of another organisation, as the
 * installation administrator and as the organisation's own system administrator. None of them may
 * read a document or a citizen: a document's or a citizen's endpoint answers exactly as for an id
 * that does not exist (404, the same problem), and no answer anywhere holds any of the content.
 *
 * <p>Every content string of the organisation's records carries one marker, so "no content" is "no
 * marker" in any body. An endpoint added later is walked too; one with a path parameter this suite
 * has no id for fails the suite until it is given one here.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AccessMatrixIT {

    /** Written into every content string; Latin, so that no escaping in an answer can hide it. */
    private static final String MARK = "Zq" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);

    private static final String MISSING = Long.toString(Long.MAX_VALUE);
    private static final Pattern PARAMETER = Pattern.compile("\\{([^}]+)}");

    private static RegistryDesk owner;
    private static RegistryDesk other;
    private static String ownAdministrator;
    private static long citizen;
    private static long restricted;
    private static long linked;
    private static long file;
    private static long caseId;
    private static long generatorRun;

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @BeforeAll
    static void anOrganisationWithARestrictedCard() {
        owner = new RegistryDesk("{seq}");
        other = new RegistryDesk("{seq}");
        citizen = RegistryDesk.id(owner.clerk.post(
                "/api/v1/correspondents",
                Json.createObjectBuilder()
                        .add("kind", "CITIZEN")
                        .add("name", "Секретова Ольга " + MARK)
                        .add("address", "ул. Тайная, 7, " + MARK)
                        .add("email", MARK.toLowerCase() + "@example.ru")
                        .add("organisationCode", owner.organisation)
                        .build()));
        restricted = RegistryDesk.id(owner.clerk.post(
                "/api/v1/registrations",
                owner.card("OG", "Жалоба " + MARK)
                        .add("correspondentId", citizen)
                        .add("text", "Текст обращения " + MARK)
                        .add("restricted", true)
                        .build()));
        linked = RegistryDesk.id(owner.clerk.post(
                "/api/v1/registrations",
                owner.incoming("Связанное письмо " + MARK)
                        .add("correspondentNumber", "N-" + MARK)
                        .add(
                                "correspondentDate",
                                ServerTime.today().minusDays(1).toString())
                        .build()));
        file = RegistryDesk.id(owner.clerk.upload(
                "/api/v1/registrations/" + restricted + "/files",
                "Приложение " + MARK + ".pdf",
                FileAttachmentIT.pdf(1)));
        RegistryDesk.ok(owner.clerk.post(
                "/api/v1/registrations/" + restricted + "/links",
                Json.createObjectBuilder()
                        .add("documentId", linked)
                        .add("type", "RELATED_TO")
                        .build()));
        caseId = owner.clerk
                .get("/api/v1/organisations/" + owner.organisation + "/nomenclature/" + ServerTime.year() + "/cases")
                .array()
                .getJsonObject(0)
                .getJsonNumber("id")
                .longValue();
        ownAdministrator = ("it.sysadmin." + owner.organisation).toLowerCase();
        RegistryDesk.ok(owner.admin.post(
                "/api/v1/employees",
                Json.createObjectBuilder()
                        .add("username", ownAdministrator)
                        .add("fullName", "Администраторов Антон Антонович")
                        .add("password", RegistryDesk.PASSWORD)
                        .add("organisationCode", owner.organisation)
                        .build()));
        RegistryDesk.ok(owner.admin.post(
                "/api/v1/employees/" + ownAdministrator + "/roles",
                Json.createObjectBuilder()
                        .add("role", "SYSTEM_ADMIN")
                        .add("organisationCode", owner.organisation)
                        .build()));
        Api.Answer run = owner.admin.post(
                "/api/v1/generator/registrations",
                Json.createObjectBuilder()
                        .add("organisationCode", owner.organisation)
                        .add("journalCode", "OUT")
                        .add("count", 1)
                        .build());
        assertEquals(202, run.status(), run.body());
        generatorRun = run.json().getJsonNumber("executionId").longValue();
    }

    @Test
    void theOwnersRegistryReadsEverythingTheSuiteLooksFor() {
        assertTrue(owner.clerk.get("/api/v1/registrations/" + restricted).body().contains(MARK));
        assertTrue(owner.clerk.get("/api/v1/registrations/" + linked).body().contains(MARK));
        assertTrue(owner.clerk.get("/api/v1/correspondents/" + citizen).body().contains(MARK));
        assertTrue(owner.clerk
                .get("/api/v1/correspondents?q=" + MARK.toLowerCase())
                .body()
                .contains(MARK));
        assertTrue(owner.clerk
                .get("/api/v1/registrations/" + restricted + "/links")
                .body()
                .contains(MARK));
        assertEquals(
                200,
                owner.clerk
                        .download("/api/v1/registrations/" + restricted + "/files/" + file)
                        .statusCode());
    }

    @Test
    void aClerkOfAnotherOrganisationReadsNothingOfIt() {
        assertNoLeak("a clerk of another organisation", other.clerk);
    }

    @Test
    void theInstallationAdministratorReadsNothingOfIt() {
        assertNoLeak("the installation administrator", owner.admin);
    }

    @Test
    void theOrganisationsOwnSystemAdministratorReadsNothingOfIt() {
        assertNoLeak("its own system administrator", Api.as(ownAdministrator, RegistryDesk.PASSWORD));
    }

    @Test
    void theInstallationAdministratorSeesTheCardsAuditRecordsWithoutTheirContent() {
        List<JsonObject> records =
                owner
                        .admin
                        .get("/api/v1/audit?objectType=DOCUMENT&objectId=" + restricted + "&limit=100")
                        .array()
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .toList();

        assertTrue(
                records.stream()
                        .map(r -> r.getString("action"))
                        .toList()
                        .containsAll(List.of("REGISTER", "ATTACH", "LINK")),
                records.toString());
        for (JsonObject r : records) {
            assertTrue(r.getBoolean("redacted"), r.toString());
            assertTrue(absent(r, "before") && absent(r, "after"), r.toString());
            assertEquals(64, r.getString("hash").length(), r.toString());
        }
        JsonObject citizenCreated = owner.admin
                .get("/api/v1/audit?objectType=CORRESPONDENT&objectId=" + citizen + "&limit=10")
                .array()
                .getJsonObject(0);
        assertTrue(citizenCreated.getBoolean("redacted"), citizenCreated.toString());
    }

    private static boolean absent(JsonObject object, String key) {
        return !object.containsKey(key) || object.isNull(key);
    }

    /**
     * Walks every GET of the OpenAPI document as the caller. A document's or a citizen's endpoint must
     * answer as for a missing id; every answer must be free of the marker.
     */
    private static void assertNoLeak(String who, Api caller) {
        JsonObject paths = Api.anonymous().get("/openapi?format=JSON").json().getJsonObject("paths");
        List<String> wrong = new ArrayList<>();
        int walked = 0;
        for (Map.Entry<String, JsonValue> entry : paths.entrySet()) {
            JsonObject get = entry.getValue().asJsonObject().getJsonObject("get");
            if (get == null) {
                continue;
            }
            String path = entry.getKey();
            for (Map<String, String> ids : path.contains("{id}") ? idSets() : idSets().subList(0, 1)) {
                String address = substitute(path, ids, wrong);
                if (address == null) {
                    break;
                }
                address += query(get);
                Api.Answer answer = caller.get(address);
                walked++;
                if (answer.body().toLowerCase().contains(MARK.toLowerCase())) {
                    wrong.add("GET " + address + " shows the content: " + answer.body());
                }
                if (isPrivate(path)) {
                    Api.Answer missing = caller.get(substitute(path, missingIds(), wrong) + query(get));
                    String differs = sameAsMissing(answer, missing);
                    if (differs != null) {
                        wrong.add("GET " + address + " does not answer as a missing one: " + differs);
                    }
                }
            }
        }
        assertTrue(walked > 15, "walked " + walked + " reads");
        assertTrue(wrong.isEmpty(), who + ":\n" + String.join("\n", wrong));
    }

    /** The ids to put in the paths: once with the ДСП card, once with the card it links to. */
    private static List<Map<String, String>> idSets() {
        Map<String, String> first = new LinkedHashMap<>();
        first.put("id", Long.toString(restricted));
        first.put("fileId", Long.toString(file));
        first.put("correspondentId", Long.toString(citizen));
        first.put("code", owner.organisation);
        first.put("year", Integer.toString(ServerTime.year()));
        first.put("username", owner.clerkUsername);
        first.put("executionId", Long.toString(generatorRun));
        Map<String, String> second = new LinkedHashMap<>(first);
        second.put("id", Long.toString(linked));
        return List.of(first, second);
    }

    private static Map<String, String> missingIds() {
        Map<String, String> ids = new LinkedHashMap<>(idSets().get(0));
        ids.put("id", MISSING);
        ids.put("fileId", MISSING);
        ids.put("correspondentId", MISSING);
        return ids;
    }

    /** A document's and a citizen's endpoints: whatever follows the registration's or entry's id. */
    private static boolean isPrivate(String path) {
        return path.startsWith("/api/v1/registrations/{id}") || path.startsWith("/api/v1/correspondents/{id}");
    }

    /** The path with its parameters filled in; null (and a failure) if one has no id here. */
    private static String substitute(String path, Map<String, String> ids, List<String> wrong) {
        Matcher parameter = PARAMETER.matcher(path);
        StringBuilder address = new StringBuilder();
        while (parameter.find()) {
            String name = parameter.group(1);
            String value = path.startsWith("/api/v1/correspondents/{id}") && name.equals("id")
                    ? ids.get("correspondentId")
                    : ids.get(name);
            if (value == null) {
                wrong.add("GET " + path + ": the access suite has no id for {" + name + "}; give it one");
                return null;
            }
            parameter.appendReplacement(address, Matcher.quoteReplacement(value));
        }
        parameter.appendTail(address);
        return address.toString();
    }

    /**
     * The query that aims the operation's filters at the organisation's records, for lists and
     * searches: its citizen, its cards, its case, the marker itself as a search.
     */
    private static String query(JsonObject operation) {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("q", MARK.toLowerCase());
        values.put("organisation", owner.organisation);
        values.put("correspondent", Long.toString(citizen));
        values.put("case", Long.toString(caseId));
        values.put("objectType", "DOCUMENT");
        values.put("objectId", Long.toString(restricted));
        values.put("entityType", "DOCUMENT");
        values.put("entityId", Long.toString(restricted));
        values.put("limit", "100");
        values.put("document", Long.toString(restricted));
        StringBuilder query = new StringBuilder();
        for (JsonValue p : operation.getJsonArray("parameters") == null
                ? JsonValue.EMPTY_JSON_ARRAY
                : operation.getJsonArray("parameters")) {
            JsonObject parameter = p.asJsonObject();
            String value = values.get(parameter.getString("name"));
            if ("query".equals(parameter.getString("in")) && value != null) {
                query.append(query.length() == 0 ? "?" : "&")
                        .append(parameter.getString("name"))
                        .append('=')
                        .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        }
        return query.toString();
    }

    /** Null when the answer is the one a missing id gets (its ids aside), else how it differs. */
    private static String sameAsMissing(Api.Answer answer, Api.Answer missing) {
        if (answer.status() != 404 || missing.status() != 404) {
            return "status " + answer.status() + ", for a missing id " + missing.status();
        }
        JsonObject problem = answer.json();
        JsonObject absent = missing.json();
        if (!problem.keySet().equals(absent.keySet())) {
            return problem.keySet() + " instead of " + absent.keySet();
        }
        // The ids differ, the rest must not.
        String detail = problem.getString("detail", "").replaceAll("\\d+", "#");
        if (!detail.equals(absent.getString("detail", "").replaceAll("\\d+", "#"))
                || !problem.getString("title", "").equals(absent.getString("title", ""))) {
            return answer.body() + " instead of " + missing.body();
        }
        return null;
    }
}
