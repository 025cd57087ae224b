package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.gramota.it.Cards.auditRecords;
import static ru.gramota.it.Cards.id;
import static ru.gramota.it.Cards.journalRows;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
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

/** Corrections of a registration card: audited, under optimistic locking, never of a cancelled card. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardCorrectionIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
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
}
