package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
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

/** Registration numbers: consecutive under concurrency, never reused, not consumed by refused input. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationNumberingIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aThousandParallelRegistrationsGetAThousandConsecutiveNumbers() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        ExecutorService pool = Executors.newFixedThreadPool(32);
        List<Future<Api.Answer>> calls = new ArrayList<>();
        long started = System.nanoTime();
        try {
            for (int i = 0; i < 1000; i++) {
                int n = i;
                calls.add(pool.submit(() -> desk.register(
                        "Входящее письмо № " + n, ServerTime.today().toString())));
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
                    "Registration: 1000 parallel registrations (32 clients) into one journal in %d ms%n",
                    (System.nanoTime() - started) / 1_000_000);

            assertEquals(IntStream.rangeClosed(1, 1000).boxed().collect(Collectors.toSet()), sequences);
            assertEquals(1000, numbers.size());
            assertTrue(numbers.contains("1000-вх"), numbers.toString());
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aCancelledRegistrationKeepsItsNumberAndTheNumberIsNeverGivenAgain() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
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
        RegistryDesk desk = new RegistryDesk("{caseIndex}/{seq}");
        Api.Answer future =
                desk.register("Из будущего", ServerTime.today().plusDays(2).toString(), "01-12");
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
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");

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
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        long id = desk.register("Письмо", null).json().getJsonNumber("id").longValue();

        assertEquals(200, desk.clerk.get("/api/v1/registrations/" + id).status());
        assertEquals(404, other.clerk.get("/api/v1/registrations/" + id).status());
    }

    private static void assertField(Api.Answer answer, String field) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(
                field, answer.json().getJsonArray("errors").getJsonObject(0).getString("field"), answer.body());
    }
}
