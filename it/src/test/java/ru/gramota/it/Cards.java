package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;

/**
 * What the client tests read from the REST API about registration cards: the card an answer created,
 * its id, its audit records and index journal rows, and the fields a refusal names.
 */
final class Cards {

    private Cards() {}

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
