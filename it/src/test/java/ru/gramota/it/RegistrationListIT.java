package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.gramota.it.Cards.created;
import static ru.gramota.it.Cards.id;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The registrations list: newest first, filtered, paged by key, and only what the caller may read. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationListIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void pagesFollowEachOtherNewestFirst() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        for (int i = 1; i <= 5; i++) {
            desk.register("Письмо " + i, null);
        }
        String list = "/api/v1/registrations?organisation=" + desk.organisation + "&limit=2";

        JsonArray first = desk.clerk.get(list).array();
        long last = first.getJsonObject(1).getJsonNumber("id").longValue();
        JsonArray second = desk.clerk.get(list + "&after=" + last).array();
        JsonArray third = desk.clerk
                .get(list + "&after="
                        + second.getJsonObject(1).getJsonNumber("id").longValue())
                .array();

        assertEquals(List.of("5", "4"), numbers(first));
        assertEquals(List.of("3", "2"), numbers(second));
        assertEquals(List.of("1"), numbers(third));
    }

    /** A journal and a closed period: the period's id range is read first, then the pages walk inside it. */
    @Test
    void aPeriodInAJournalFindsItsRegistrationsPageByPage() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        for (int i = 1; i <= 3; i++) {
            desk.register("Письмо " + i, null);
        }
        Instant now = Instant.now();
        String journal = "/api/v1/registrations?organisation=" + desk.organisation + "&journal=IN";
        String period = journal + "&from=" + now.minus(1, ChronoUnit.HOURS) + "&to=" + now.plus(1, ChronoUnit.HOURS);

        JsonArray first = desk.clerk.get(period + "&limit=2").array();
        JsonArray second = desk.clerk
                .get(period + "&limit=2&after=" + first.getJsonObject(1).getJsonNumber("id"))
                .array();
        JsonArray before = desk.clerk
                .get(journal + "&from=2020-01-01T00:00:00Z&to=2020-02-01T00:00:00Z")
                .array();
        JsonArray unknownJournal = desk.clerk
                .get(period.replace("&journal=IN", "&journal=NO-SUCH"))
                .array();

        assertEquals(List.of("3", "2"), numbers(first));
        assertEquals(List.of("1"), numbers(second));
        assertEquals(0, before.size(), before.toString());
        assertEquals(0, unknownJournal.size(), unknownJournal.toString());
    }

    @Test
    void statusFilterFindsTheCancelledOnes() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        desk.register("Оставить", null);
        long cancelled =
                desk.register("Отменить", null).json().getJsonNumber("id").longValue();
        desk.clerk.post(
                "/api/v1/registrations/" + cancelled + "/cancellation",
                Json.createObjectBuilder().add("reason", "Дубль").build());

        JsonArray found = desk.clerk
                .get("/api/v1/registrations?organisation=" + desk.organisation + "&status=cancelled")
                .array();

        assertEquals(List.of("2"), numbers(found));
        assertEquals(400, desk.clerk.get("/api/v1/registrations?status=LOST").status());
    }

    @Test
    void anotherOrganisationsRegistrySeesNoneOfThem() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        desk.register("Только для своих", null);

        JsonArray seen = other.clerk
                .get("/api/v1/registrations?organisation=" + desk.organisation)
                .array();

        assertEquals(0, seen.size());
        assertEquals(
                1,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size());
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

    private static List<String> numbers(JsonArray cards) {
        return cards.stream().map(c -> c.asJsonObject().getString("number")).toList();
    }
}
