package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One error format for the whole API: RFC 9457 problem details, never a stack trace. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ProblemDetailsIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void anUnknownOrganisationIs404() {
        Api.Answer answer = Api.admin().get("/api/v1/organisations/NO-SUCH-ORG");

        assertProblem(answer, 404);
        assertTrue(answer.json().getString("detail").contains("NO-SUCH-ORG"));
    }

    @Test
    void anUnknownRoleIs404WhenRevokedAndItsNameIsCheckedWhenGranted() {
        assertProblem(Api.admin().delete("/api/v1/employees/clerk.gov/roles/GOV/ARCHIVIST"), 404);

        Api.Answer answer = Api.admin()
                .post(
                        "/api/v1/employees/clerk.gov/roles",
                        Json.createObjectBuilder()
                                .add("role", "EMPEROR")
                                .add("organisationCode", "GOV")
                                .build());
        assertProblem(answer, 400);
        assertEquals(
                "role", answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
    }

    @Test
    void aDuplicateCodeIs409AndNothingIsWritten() {
        String code = "IT-P-" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject organisation = Json.createObjectBuilder()
                .add("code", code)
                .add("name", "Первая")
                .add("kind", "SETTLEMENT")
                .add("parentCode", "GOV")
                .build();
        assertEquals(
                201, Api.admin().post("/api/v1/organisations", organisation).status());

        Api.Answer second = Api.admin()
                .post(
                        "/api/v1/organisations",
                        Json.createObjectBuilder(organisation)
                                .add("name", "Вторая")
                                .build());

        assertProblem(second, 409);
        assertEquals(
                "Первая",
                Api.admin().get("/api/v1/organisations/" + code).json().getString("name"));
    }

    @Test
    void aDuplicateUserNameIs409() {
        Api.Answer answer = Api.admin()
                .post(
                        "/api/v1/employees",
                        Json.createObjectBuilder()
                                .add("username", "clerk.gov")
                                .add("fullName", "Другая Мария")
                                .add("password", "Dlinnyj-Parol-2026")
                                .add("organisationCode", "GOV")
                                .build());

        assertProblem(answer, 409);
    }

    @Test
    void aMissingFieldIs400NamingTheField() {
        Api.Answer answer = Api.admin()
                .post(
                        "/api/v1/organisations",
                        Json.createObjectBuilder()
                                .add("code", "IT-NONAME")
                                .add("kind", "SETTLEMENT")
                                .add("parentCode", "GOV")
                                .build());

        assertProblem(answer, 400);
        JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("name", error.getString("field"));
        assertEquals("REQUIRED", error.getString("code"));
        assertEquals("is required", error.getString("message"));
    }

    @Test
    void aClientThatPrefersRussianReadsTheFieldsAndTheDetailInRussianUnderTheSameCodes() {
        JsonObject nameless = Json.createObjectBuilder()
                .add("code", "IT-" + "Я".repeat(3))
                .add("kind", "SETTLEMENT")
                .add("parentCode", "GOV")
                .build();

        Api.Answer english = Api.admin().post("/api/v1/organisations", nameless);
        Api.Answer russian = Api.admin().accepting("ru-RU,ru;q=0.9,en;q=0.8").post("/api/v1/organisations", nameless);

        assertProblem(english, 400);
        assertProblem(russian, 400);
        JsonObject inEnglish = english.json().getJsonArray("errors").getJsonObject(0);
        JsonObject inRussian = russian.json().getJsonArray("errors").getJsonObject(0);
        assertEquals("code", inRussian.getString("field"));
        assertEquals(inEnglish.getString("code"), inRussian.getString("code"));
        assertEquals("CODE_FORMAT", inRussian.getString("code"));
        assertEquals(
                "must be 1-32 Latin letters, digits or hyphens, starting with a letter or digit",
                inEnglish.getString("message"));
        assertEquals(
                "От 1 до 32 латинских букв, цифр или дефисов; в начале буква или цифра.",
                inRussian.getString("message"));
        assertEquals(
                "The request has invalid fields; see errors.", english.json().getString("detail"));
        assertEquals("Исправьте ошибки в полях.", russian.json().getString("detail"));
        assertEquals("ru", russian.contentLanguage());
    }

    @Test
    void aLanguageTheApiDoesNotSpeakGetsEnglish() {
        Api.Answer answer = Api.admin().accepting("de-DE, fr;q=0.5").get("/api/v1/organisations/NO-SUCH-ORG");

        assertProblem(answer, 404);
        assertEquals("Unknown organisation: NO-SUCH-ORG", answer.json().getString("detail"));
        assertEquals("en", answer.contentLanguage());
    }

    @Test
    void aRefusalAndTheRowsOfABadFileAreInRussianToo() {
        Api.Answer missing = Api.admin().accepting("ru").get("/api/v1/organisations/NO-SUCH-ORG");
        Api.Answer rows = Api.admin()
                .accepting("ru")
                .postRaw(
                        "/api/v1/organisations/import",
                        "text/csv",
                        "code;parent;kind;name;short_name\nIT-ROWS;GOV;SETTLEMENT;;\n");

        assertProblem(missing, 404);
        assertEquals("Организация NO-SUCH-ORG не найдена.", missing.json().getString("detail"));
        assertProblem(rows, 400);
        JsonObject row = rows.json().getJsonArray("errors").getJsonObject(0);
        assertEquals(2, row.getInt("line"));
        assertEquals("name", row.getString("field"));
        assertEquals("REQUIRED", row.getString("code"));
        assertEquals("Заполните поле.", row.getString("message"));
        assertTrue(rows.json().getString("detail").startsWith("Ошибок в строках файла: 1."), rows.body());
    }

    @Test
    void aWeakPasswordIs400NamingThePasswordField() {
        Api.Answer answer = Api.admin()
                .post(
                        "/api/v1/employees",
                        Json.createObjectBuilder()
                                .add("username", "it.weak")
                                .add("fullName", "Слабый Пароль")
                                .add("password", "qwerty12345")
                                .add("organisationCode", "GOV")
                                .build());

        assertProblem(answer, 400);
        assertEquals(
                "password",
                answer.json().getJsonArray("errors").getJsonObject(0).getString("field"));
        assertEquals(404, Api.admin().get("/api/v1/employees/it.weak").status(), "nothing was created");
    }

    @Test
    void aBodyThatIsNotJsonIs400() {
        assertProblem(Api.admin().postRaw("/api/v1/organisations", "application/json", "{not json"), 400);
    }

    @Test
    void aConcurrentEditIs409() {
        String code = "IT-V-" + UUID.randomUUID().toString().substring(0, 8);
        Api.admin()
                .post(
                        "/api/v1/organisations",
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "Исходное")
                                .add("kind", "SETTLEMENT")
                                .add("parentCode", "GOV")
                                .build());
        assertEquals(
                200,
                Api.admin()
                        .put(
                                "/api/v1/organisations/" + code,
                                Json.createObjectBuilder()
                                        .add("name", "Первая правка")
                                        .add("version", 0)
                                        .build())
                        .status());

        Api.Answer stale = Api.admin()
                .put(
                        "/api/v1/organisations/" + code,
                        Json.createObjectBuilder()
                                .add("name", "Вторая правка по старой версии")
                                .add("version", 0)
                                .build());

        assertProblem(stale, 409);
        assertEquals(
                "Первая правка",
                Api.admin().get("/api/v1/organisations/" + code).json().getString("name"));
    }

    @Test
    void anUnknownPathIs404InTheSameFormat() {
        assertProblem(Api.admin().get("/api/v1/no-such-resource"), 404);
    }

    @Test
    void aDepartmentOrJournalCodeOutsideTheCodeRuleIsRefusedAndNothingIsCreated() {
        for (String code : List.of("<b>", "O'Brien", "\"ORG\"", " ORG", "ОТДЕЛ", "-ORG", "A".repeat(33))) {
            Api.Answer department = Api.admin()
                    .post(
                            "/api/v1/organisations/GOV/departments",
                            Json.createObjectBuilder()
                                    .add("code", code)
                                    .add("name", "Отдел")
                                    .build());
            Api.Answer journal = Api.admin()
                    .post(
                            "/api/v1/organisations/GOV/journals",
                            Json.createObjectBuilder()
                                    .add("code", code)
                                    .add("name", "Журнал")
                                    .add("documentKind", "INCOMING")
                                    .add("numberPattern", "{seq}")
                                    .build());

            for (Api.Answer answer : List.of(department, journal)) {
                assertProblem(answer, 400);
                JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
                assertEquals("code CODE_FORMAT", error.getString("field") + " " + error.getString("code"), code);
            }
        }
        assertTrue(
                Api.admin().get("/api/v1/organisations/GOV/departments").array().stream()
                        .noneMatch(d -> d.asJsonObject().getString("name").equals("Отдел")),
                "no department created");
        assertTrue(
                Api.admin().get("/api/v1/organisations/GOV/journals").array().stream()
                        .noneMatch(j -> j.asJsonObject().getString("name").equals("Журнал")),
                "no journal created");
    }

    @Test
    void aChangeOfAnOrganisationOrDepartmentWithoutTheVersionReadIsRefused() {
        String code = "IT-NV-" + UUID.randomUUID().toString().substring(0, 8);
        Api.admin()
                .post(
                        "/api/v1/organisations",
                        Json.createObjectBuilder()
                                .add("code", code)
                                .add("name", "Исходное")
                                .add("kind", "SETTLEMENT")
                                .add("parentCode", "GOV")
                                .build());
        Api.admin()
                .post(
                        "/api/v1/organisations/" + code + "/departments",
                        Json.createObjectBuilder()
                                .add("code", "D1")
                                .add("name", "Исходный отдел")
                                .build());

        Api.Answer organisation = Api.admin()
                .put(
                        "/api/v1/organisations/" + code,
                        Json.createObjectBuilder().add("name", "Без версии").build());
        Api.Answer department = Api.admin()
                .put(
                        "/api/v1/organisations/" + code + "/departments/D1",
                        Json.createObjectBuilder().add("name", "Без версии").build());
        Api.Answer staleDepartment = Api.admin()
                .put(
                        "/api/v1/organisations/" + code + "/departments/D1",
                        Json.createObjectBuilder()
                                .add("name", "По чужой версии")
                                .add("version", 7)
                                .build());

        for (Api.Answer answer : List.of(organisation, department)) {
            assertProblem(answer, 400);
            JsonObject error = answer.json().getJsonArray("errors").getJsonObject(0);
            assertEquals("version VERSION_REQUIRED", error.getString("field") + " " + error.getString("code"));
        }
        assertProblem(staleDepartment, 409);
        assertEquals(
                "Исходное",
                Api.admin().get("/api/v1/organisations/" + code).json().getString("name"));
        assertEquals(
                "Исходный отдел",
                Api.admin()
                        .get("/api/v1/organisations/" + code + "/departments")
                        .array()
                        .getJsonObject(0)
                        .getString("name"));
    }

    @Test
    void requestsWithoutAValidTokenAre401ProblemsAndLogNothing() throws Exception {
        Path log = Path.of(System.getProperty("gramota.it.server.base"), "log", "server.log");
        long before = Files.size(log);

        for (int i = 0; i < 20; i++) {
            Api.Answer none = Api.anonymous().get("/api/v1/organisations");
            Api.Answer invalid = Api.withToken("no-such-token-" + i).get("/api/v1/registrations");
            Api.Answer posted = Api.anonymous()
                    .postRaw("/api/v1/registrations", "application/json", "{\"title\":\"" + "Ш".repeat(5000) + "\"}");
            for (Api.Answer answer : List.of(none, invalid, posted)) {
                assertProblem(answer, 401);
            }
        }

        byte[] written;
        try (InputStream in = Files.newInputStream(log)) {
            in.skipNBytes(before);
            written = in.readAllBytes();
        }
        List<String> logged = new String(written, StandardCharsets.UTF_8)
                .lines()
                .filter(line -> line.contains(" ERROR ") || line.contains(" WARN ") || line.contains("UT010019"))
                .toList();
        assertEquals(List.of(), logged);
    }

    private static void assertProblem(Api.Answer answer, int status) {
        assertEquals(status, answer.status(), answer.body());
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        JsonObject problem = answer.json();
        assertEquals(status, problem.getInt("status"));
        assertTrue(problem.containsKey("title") && problem.containsKey("detail"), answer.body());
        assertFalse(answer.body().contains("Exception"), "no exception names: " + answer.body());
        assertFalse(answer.body().contains("at ru.gramota"), "no stack trace: " + answer.body());
    }
}
