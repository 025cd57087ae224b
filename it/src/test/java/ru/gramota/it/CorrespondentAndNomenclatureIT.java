package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.gramota.it.Cards.assertFields;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directories a card refers to: correspondents found as one types, citizens kept to their
 * organisation; the nomenclature of cases with the standard list's retention periods.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CorrespondentAndNomenclatureIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void correspondentsAreFoundAsYouTypeAndCitizensStayWithTheirOrganisation() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        JsonArray byWordStarts = desk.clerk
                .get("/api/v1/correspondents?q=" + encode("МИН трансп " + desk.organisation.substring(0, 9)))
                .array();
        JsonArray citizensHere = desk.clerk
                .get("/api/v1/correspondents?kind=CITIZEN&q=" + encode("иванов петр"))
                .array();
        JsonArray citizensThere = other.clerk
                .get("/api/v1/correspondents?kind=CITIZEN&q=" + encode("иванов"))
                .array();

        assertTrue(
                byWordStarts.stream()
                        .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == desk.senderId),
                byWordStarts.toString());
        assertTrue(
                citizensHere.stream()
                        .anyMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == desk.citizenId),
                "ё and е are the same letter: " + citizensHere);
        assertTrue(
                citizensThere.stream()
                        .noneMatch(c -> c.asJsonObject().getJsonNumber("id").longValue() == desk.citizenId),
                "another organisation never sees the citizen: " + citizensThere);
        Api.Answer citizenById = other.clerk.get("/api/v1/correspondents/" + desk.citizenId);
        Api.Answer missing = other.clerk.get("/api/v1/correspondents/" + Long.MAX_VALUE);
        assertEquals(404, citizenById.status(), "nor reads them by id: " + citizenById.body());
        assertEquals(missing.json().keySet(), citizenById.json().keySet());
        assertFalse(citizenById.body().contains("Иванов"), citizenById.body());
        assertEquals(
                200, desk.clerk.get("/api/v1/correspondents/" + desk.citizenId).status());
        assertEquals(
                404,
                Api.admin().get("/api/v1/correspondents/" + desk.citizenId).status(),
                "administrators administer, they do not read citizens' data");
        assertEquals(
                200, other.clerk.get("/api/v1/correspondents/" + desk.senderId).status());
        // Nor can it register an appeal from them.
        assertFields(
                other.clerk.post(
                        "/api/v1/registrations",
                        other.card("OG", "Чужой гражданин")
                                .add("correspondentId", desk.citizenId)
                                .build()),
                "correspondentId");
    }

    @Test
    void theNomenclatureRefusesRetentionPeriodsTheStandardListDoesNotHave() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String cases = "/api/v1/organisations/" + desk.organisation + "/nomenclature/" + ServerTime.year() + "/cases";

        Api.Answer sevenYears = desk.clerk.post(
                cases,
                Json.createObjectBuilder()
                        .add("index", "02-01")
                        .add("title", "Приказы по основной деятельности")
                        .add("retentionYears", 7)
                        .build());
        Api.Answer permanent = desk.clerk.post(
                cases,
                Json.createObjectBuilder()
                        .add("index", "02-01")
                        .add("title", "Приказы по основной деятельности")
                        .add("retentionKind", "PERMANENT")
                        .add("retentionArticle", "ст. 19 а")
                        .build());
        Api.Answer twice = desk.clerk.post(
                cases,
                Json.createObjectBuilder()
                        .add("index", "02-01")
                        .add("title", "Ещё раз")
                        .add("retentionKind", "PERMANENT")
                        .build());

        assertFields(sevenYears, "retentionYears");
        assertEquals(201, permanent.status(), permanent.body());
        assertEquals("постоянно", permanent.json().getString("retention"));
        assertEquals(409, twice.status(), twice.body());
        JsonArray listed = desk.clerk.get(cases).array();
        assertEquals(
                List.of("01-12", "02-01"),
                listed.stream().map(c -> c.asJsonObject().getString("index")).toList());
        assertEquals(
                403,
                Api.as(desk.executorUsername, RegistryDesk.PASSWORD)
                        .post(
                                cases,
                                Json.createObjectBuilder()
                                        .add("index", "03-01")
                                        .add("title", "Не его дело")
                                        .add("retentionYears", 5)
                                        .build())
                        .status());
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
