package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.gramota.it.Cards.auditRecords;
import static ru.gramota.it.Cards.created;
import static ru.gramota.it.Cards.id;
import static ru.gramota.it.Cards.journalRows;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registration cards of every kind through the REST API, with the requisites each kind needs, their
 * audit records and index journal rows.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationCardIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void anIncomingLetterIsRegisteredWithItsSenderReferenceCaseAndExecutor() {
        RegistryDesk desk = new RegistryDesk("{caseIndex}/{seq}");
        JsonObject card = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("О ремонте дороги Новосибирск – Колывань")
                        .add("documentType", "письмо")
                        .add("correspondentNumber", "01-12/345")
                        .add(
                                "correspondentDate",
                                ServerTime.today().minusDays(2).toString())
                        .add("signatoryName", "Заместитель министра А. В. Петров")
                        .add("executor", desk.executorUsername)
                        .add("addressees", Json.createArrayBuilder().add(desk.executorUsername))
                        .add("caseIndex", "01-12")
                        .add("pages", 3)
                        .add("deliveryChannel", "почта")
                        .add("onControl", true)
                        .add("controlDeadline", ServerTime.today().plusDays(30).toString())
                        .build()));

        assertEquals("01-12/1", card.getString("number"));
        assertEquals("INCOMING", card.getString("kind"));
        assertEquals(
                "Министерство транспорта " + desk.organisation,
                card.getJsonObject("correspondent").getString("name"));
        assertEquals("01-12/345", card.getString("correspondentNumber"));
        assertEquals("Переписка с министерствами области", card.getString("caseTitle"));
        assertEquals(desk.executorUsername, card.getJsonObject("executor").getString("username"));
        assertEquals("Кузнецов Игорь Олегович", card.getJsonObject("executor").getString("fullName"));
        assertEquals(3, card.getInt("pages"));
        assertTrue(card.getBoolean("onControl"));
        assertAuditedAndJournalled(desk, card, "REGISTER");
        // The executor works on it, so reads it; the access policy knows.
        Api executor = Api.as(desk.executorUsername, RegistryDesk.PASSWORD);
        assertEquals(200, executor.get("/api/v1/registrations/" + id(card)).status());
    }

    @Test
    void everyKindIsRegisteredWithTheRequisitesItNeeds() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        JsonObject outgoing = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("OUT", "О направлении информации о ремонте дорог")
                        .add(
                                "addresseeCorrespondentIds",
                                Json.createArrayBuilder().add(desk.senderId))
                        .add("signatory", desk.executorUsername)
                        .build()));
        JsonObject internal = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("INT", "Служебная записка о графике отпусков")
                        .add("addressees", Json.createArrayBuilder().add(desk.executorUsername))
                        .add("signatory", desk.clerkUsername)
                        .add("text", "Прошу утвердить график отпусков на 2027 год.")
                        .build()));
        JsonObject act = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("POST", "Об утверждении муниципальной программы «Дороги района»")
                        .add("documentType", "постановление")
                        .add("signatory", desk.executorUsername)
                        .build()));
        JsonObject appeal = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("OG", "О ремонте подъезда дома № 1 по ул. Ленина")
                        .add("correspondentId", desk.citizenId)
                        .add("deliveryChannel", "интернет-приёмная")
                        .build()));

        assertEquals("1-исх", outgoing.getString("number"));
        assertEquals(
                desk.senderId,
                outgoing.getJsonArray("addresseeCorrespondents")
                        .getJsonObject(0)
                        .getJsonNumber("id")
                        .longValue());
        assertEquals(desk.executorUsername, outgoing.getJsonObject("signatory").getString("username"));
        assertEquals("1-вн", internal.getString("number"));
        assertEquals("Прошу утвердить график отпусков на 2027 год.", internal.getString("text"));
        assertEquals("1-п", act.getString("number"));
        assertEquals("постановление", act.getString("documentType"));
        assertEquals("1-ОГ", appeal.getString("number"));
        assertEquals("CITIZEN", appeal.getJsonObject("correspondent").getString("kind"));
        for (JsonObject card : List.of(outgoing, internal, act, appeal)) {
            assertAuditedAndJournalled(desk, card, "REGISTER");
        }
    }

    private static void assertAuditedAndJournalled(RegistryDesk desk, JsonObject card, String action) {
        assertTrue(
                auditRecords(desk, id(card)).stream()
                        .anyMatch(r -> r.asJsonObject().getString("action").equals(action)),
                "audited: " + card.getString("number"));
        JsonArray rows = journalRows(desk, id(card));
        assertTrue(rows.size() >= 1, "index journal: " + rows);
        assertEquals("UPSERT", rows.getJsonObject(0).getString("operation"));
    }
}
