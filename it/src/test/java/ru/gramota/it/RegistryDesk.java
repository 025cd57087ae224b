package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.util.UUID;

/**
 * A fresh organisation ready to register: a journal of every kind, a registry clerk and an executor
 * signed in to the API, a sender and a citizen in the correspondents directory, and case 01-12 in
 * this year's nomenclature. The incoming journal's number pattern is the test's to choose.
 */
final class RegistryDesk {

    static final String PASSWORD = "Registratura-2026";

    final String organisation = "IT-R-" + UUID.randomUUID().toString().substring(0, 8);
    final Api admin = Api.admin();
    final Api clerk;
    final String clerkUsername;
    final String executorUsername;
    final long senderId;
    final long citizenId;

    RegistryDesk(String incomingPattern) {
        ok(admin.post(
                "/api/v1/organisations",
                Json.createObjectBuilder()
                        .add("code", organisation)
                        .add("name", "Администрация " + organisation)
                        .add("kind", "MUNICIPAL_DISTRICT")
                        .add("parentCode", "REGION")
                        .build()));
        journal("IN", "Входящие документы", "INCOMING", incomingPattern);
        journal("OUT", "Исходящие документы", "OUTGOING", "{seq}-исх");
        journal("INT", "Внутренние документы", "INTERNAL", "{seq}-вн");
        journal("POST", "Постановления", "ACT", "{seq}-п");
        journal("OG", "Обращения граждан", "CITIZEN_APPEAL", "{seq}-ОГ");
        clerkUsername = employee("it.clerk", "Смирнова Анна Петровна", "REGISTRY_CLERK");
        executorUsername = employee("it.executor", "Кузнецов Игорь Олегович", "EXECUTOR");
        clerk = Api.as(clerkUsername, PASSWORD);
        senderId = id(clerk.post(
                "/api/v1/correspondents",
                Json.createObjectBuilder()
                        .add("kind", "ORGANISATION")
                        .add("name", "Министерство транспорта " + organisation)
                        .add("inn", "5406123456")
                        .build()));
        citizenId = id(clerk.post(
                "/api/v1/correspondents",
                Json.createObjectBuilder()
                        .add("kind", "CITIZEN")
                        .add("name", "Иванов Пётр Сергеевич")
                        .add("address", "630099, г. Новосибирск, ул. Ленина, 1, кв. 5")
                        .add("organisationCode", organisation)
                        .build()));
        ok(clerk.post(
                "/api/v1/organisations/" + organisation + "/nomenclature/" + ServerTime.year() + "/cases",
                Json.createObjectBuilder()
                        .add("index", "01-12")
                        .add("title", "Переписка с министерствами области")
                        .add("retentionYears", 5)
                        .add("retentionArticle", "ст. 31 б")
                        .add("expertReview", true)
                        .build()));
    }

    Api.Answer register(String title, String date) {
        return register(title, date, null);
    }

    /** Registers an incoming letter from the desk's sender. */
    Api.Answer register(String title, String date, String caseIndex) {
        return clerk.post("/api/v1/registrations", registration(title, date, caseIndex));
    }

    JsonObject registration(String title, String date, String caseIndex) {
        JsonObjectBuilder body = incoming(title);
        if (date != null) {
            body.add("documentDate", date);
        }
        if (caseIndex != null) {
            body.add("caseIndex", caseIndex);
        }
        return body.build();
    }

    /** An incoming letter from the desk's sender, to add to. */
    JsonObjectBuilder incoming(String title) {
        return card("IN", title).add("correspondentId", senderId);
    }

    /** A card for one of the desk's journals, with its title, to add requisites to. */
    JsonObjectBuilder card(String journal, String title) {
        return Json.createObjectBuilder()
                .add("organisationCode", organisation)
                .add("journalCode", journal)
                .add("title", title);
    }

    private void journal(String code, String name, String kind, String pattern) {
        ok(admin.post(
                "/api/v1/organisations/" + organisation + "/journals",
                Json.createObjectBuilder()
                        .add("code", code)
                        .add("name", name)
                        .add("documentKind", kind)
                        .add("numberPattern", pattern)
                        .build()));
    }

    String employee(String prefix, String fullName, String role) {
        String username = (prefix + "." + organisation).toLowerCase();
        ok(admin.post(
                "/api/v1/employees",
                Json.createObjectBuilder()
                        .add("username", username)
                        .add("fullName", fullName)
                        .add("password", PASSWORD)
                        .add("organisationCode", organisation)
                        .build()));
        ok(admin.post(
                "/api/v1/employees/" + username + "/roles",
                Json.createObjectBuilder()
                        .add("role", role)
                        .add("organisationCode", organisation)
                        .build()));
        return username;
    }

    static long id(Api.Answer answer) {
        ok(answer);
        return answer.json().getJsonNumber("id").longValue();
    }

    static void ok(Api.Answer answer) {
        assertTrue(answer.status() / 100 == 2, answer.body());
    }
}
