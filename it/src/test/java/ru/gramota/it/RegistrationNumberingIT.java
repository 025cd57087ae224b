package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
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

/** Registration numbers: consecutive under concurrency, never reused, not consumed by refused input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationNumberingIT {

    private static final String PASSWORD = "Registratura-2026";

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.ear();
    }

    @Test
    void twoHundredParallelRegistrationsGetTwoHundredConsecutiveNumbers() throws Exception {
        Desk desk = new Desk("{seq}-вх");
        ExecutorService pool = Executors.newFixedThreadPool(16);
        List<Future<Api.Answer>> calls = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < 200; i++) {
                int n = i;
                calls.add(pool.submit(() ->
                        desk.register("Входящее письмо № " + n, LocalDate.now().toString())));
            }
            Set<String> numbers = new TreeSet<>();
            Set<Integer> sequences = new TreeSet<>();
            for (Future<Api.Answer> call : calls) {
                Api.Answer answer = call.get();
                assertEquals(201, answer.status(), answer.body());
                numbers.add(answer.json().getString("number"));
                sequences.add(answer.json().getInt("sequence"));
            }
            System.out.printf(
                    "Registration: 200 parallel registrations (16 clients) into one journal in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);

            assertEquals(IntStream.rangeClosed(1, 200).boxed().collect(Collectors.toSet()), sequences);
            assertEquals(200, numbers.size());
            assertTrue(numbers.contains("200-вх"), numbers.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledRegistrationKeepsItsNumberAndTheNumberIsNeverGivenAgain() {
        Desk desk = new Desk("{seq}-вх");
        JsonObject first = desk.register("Первое", null).json();
        Api.Answer cancelled = desk.clerk.post(
                "/api/v1/registrations/" + first.getJsonNumber("id").longValue() + "/cancellation",
                Json.createObjectBuilder()
                        .add("reason", "Зарегистрировано ошибочно")
                        .build());

        JsonObject next = desk.register("Второе", null).json();

        assertEquals(200, cancelled.status(), cancelled.body());
        assertEquals("CANCELLED", cancelled.json().getString("status"));
        assertEquals("1-вх", cancelled.json().getString("number"));
        assertEquals("2-вх", next.getString("number"));
    }

    @Test
    void refusedRegistrationsConsumeNoNumber() {
        Desk desk = new Desk("{caseIndex}/{seq}");
        Api.Answer future =
                desk.register("Из будущего", LocalDate.now().plusDays(2).toString(), "01-12");
        Api.Answer untitled = desk.register(" ", null, "01-12");
        Api.Answer noCase = desk.register("Без дела", null, null);

        Api.Answer good = desk.register("Как надо", null, "01-12");

        assertField(future, "documentDate");
        assertField(untitled, "title");
        assertField(noCase, "caseIndex");
        assertEquals("01-12/1", good.json().getString("number"), good.body());
    }

    @Test
    void onlyTheOrganisationsRegistryRegistersAndUnknownJournalsAre404() {
        Desk desk = new Desk("{seq}");
        Desk other = new Desk("{seq}");

        Api.Answer foreign = other.clerk.post("/api/v1/registrations", desk.registration("Чужой журнал", null, null));
        Api.Answer unknown = desk.clerk.post(
                "/api/v1/registrations",
                Json.createObjectBuilder()
                        .add("organisationCode", desk.organisation)
                        .add("journalCode", "NO-SUCH")
                        .add("title", "Куда?")
                        .build());

        assertEquals(403, foreign.status(), foreign.body());
        assertEquals(404, unknown.status(), unknown.body());
        assertEquals("1", desk.register("Своё", null).json().getString("number"), "no number was taken");
    }

    @Test
    void aCardIsReadByItsRegistryAndNotByAnotherOrganisation() {
        Desk desk = new Desk("{seq}");
        Desk other = new Desk("{seq}");
        long id = desk.register("Письмо", null).json().getJsonNumber("id").longValue();

        assertEquals(200, desk.clerk.get("/api/v1/registrations/" + id).status());
        assertEquals(403, other.clerk.get("/api/v1/registrations/" + id).status());
    }

    private static void assertField(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(
                field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
    }

    /** A fresh organisation with an incoming journal and a registry clerk signed in to the API. */
    static final class Desk {
        final String organisation = "IT-R-" + UUID.randomUUID().toString().substring(0, 8);
        final Api clerk;

        Desk(String numberPattern) {
            Api admin = Api.admin();
            ok(admin.post(
                    "/api/v1/organisations",
                    Json.createObjectBuilder()
                            .add("code", organisation)
                            .add("name", "Администрация " + organisation)
                            .add("kind", "MUNICIPAL_DISTRICT")
                            .add("parentCode", "REGION")
                            .build()));
            ok(admin.post(
                    "/api/v1/organisations/" + organisation + "/journals",
                    Json.createObjectBuilder()
                            .add("code", "IN")
                            .add("name", "Входящие документы")
                            .add("documentKind", "INCOMING")
                            .add("numberPattern", numberPattern)
                            .build()));
            String username = ("it.clerk." + organisation).toLowerCase();
            ok(admin.post(
                    "/api/v1/employees",
                    Json.createObjectBuilder()
                            .add("username", username)
                            .add("fullName", "Делопроизводитель")
                            .add("password", PASSWORD)
                            .add("organisationCode", organisation)
                            .build()));
            ok(admin.post(
                    "/api/v1/employees/" + username + "/roles",
                    Json.createObjectBuilder()
                            .add("role", "REGISTRY_CLERK")
                            .add("organisationCode", organisation)
                            .build()));
            clerk = Api.as(username, PASSWORD);
        }

        Api.Answer register(String title, String date) {
            return register(title, date, null);
        }

        Api.Answer register(String title, String date, String caseIndex) {
            return clerk.post("/api/v1/registrations", registration(title, date, caseIndex));
        }

        JsonObject registration(String title, String date, String caseIndex) {
            var body = Json.createObjectBuilder()
                    .add("organisationCode", organisation)
                    .add("journalCode", "IN")
                    .add("title", title);
            if (date != null) {
                body.add("documentDate", date);
            }
            if (caseIndex != null) {
                body.add("caseIndex", caseIndex);
            }
            return body.build();
        }

        private static void ok(Api.Answer answer) {
            assertTrue(answer.status() / 100 == 2, answer.body());
        }
    }
}
