package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static ru.gramota.it.Cards.created;
import static ru.gramota.it.Cards.id;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Links between cards, within one organisation only, and probable duplicates the clerk confirms. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardLinkIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aReplyIsLinkedAndBothCardsShowTheLink() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        JsonObject letter = desk.register("Запрос информации", null).json();
        JsonObject reply = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.card("OUT", "Ответ на запрос информации")
                        .add(
                                "addresseeCorrespondentIds",
                                Json.createArrayBuilder().add(desk.senderId))
                        .add("signatory", desk.executorUsername)
                        .build()));

        Api.Answer linked = desk.clerk.post(
                "/api/v1/registrations/" + id(reply) + "/links",
                Json.createObjectBuilder()
                        .add("documentId", id(letter))
                        .add("type", "IN_REPLY_TO")
                        .build());
        Api.Answer again = desk.clerk.post(
                "/api/v1/registrations/" + id(reply) + "/links",
                Json.createObjectBuilder()
                        .add("documentId", id(letter))
                        .add("type", "IN_REPLY_TO")
                        .build());

        assertEquals(201, linked.status(), linked.body());
        assertEquals(409, again.status(), again.body());
        JsonObject fromReply = desk.clerk
                .get("/api/v1/registrations/" + id(reply))
                .json()
                .getJsonArray("links")
                .getJsonObject(0);
        JsonObject fromLetter = desk.clerk
                .get("/api/v1/registrations/" + id(letter))
                .json()
                .getJsonArray("links")
                .getJsonObject(0);
        assertEquals("OUTGOING", fromReply.getString("direction"));
        assertEquals("в ответ на № 1", fromReply.getString("label"));
        assertEquals("INCOMING", fromLetter.getString("direction"));
        assertEquals("ответ № 1-исх", fromLetter.getString("label"));
        assertEquals(
                id(reply),
                fromLetter.getJsonObject("document").getJsonNumber("id").longValue());
    }

    @Test
    void aLinkToADocumentOfAnotherOrganisationIsRefusedAsToAMissingOne() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        long mine = id(desk.register("Моё", null).json());
        long theirs = id(other.register("Чужое", null).json());

        Api.Answer answer = desk.clerk.post(
                "/api/v1/registrations/" + mine + "/links",
                Json.createObjectBuilder()
                        .add("documentId", theirs)
                        .add("type", "RELATED_TO")
                        .build());

        assertEquals(404, answer.status(), answer.body());
    }

    @Test
    void theSameSenderNumberAndDateIsAProbableDuplicateUntilTheClerkConfirmsIt() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String date = ServerTime.today().minusDays(1).toString();
        JsonObject first = created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("Письмо о ремонте")
                        .add("correspondentNumber", "12/7")
                        .add("correspondentDate", date)
                        .build()));
        JsonObject again = desk.incoming("Письмо о ремонте (копия по эл. почте)")
                .add("correspondentNumber", "12/7")
                .add("correspondentDate", date)
                .build();

        Api.Answer warned = desk.clerk.post("/api/v1/registrations", again);

        assertEquals(409, warned.status(), warned.body());
        assertEquals("urn:gramota:problem:probable-duplicate", warned.json().getString("type"));
        JsonArray candidates = warned.json().getJsonArray("errors");
        assertEquals(id(first), candidates.getJsonObject(0).getJsonNumber("id").longValue());
        assertEquals(
                1,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size(),
                "the warning registers nothing");

        JsonObject confirmed = created(desk.clerk.post(
                "/api/v1/registrations",
                Json.createObjectBuilder(again)
                        .add("confirmedDuplicateOf", id(first))
                        .build()));

        assertEquals("2", confirmed.getString("number"), "the warning consumed no number");
        assertEquals(
                id(first),
                confirmed.getJsonObject("duplicateOf").getJsonNumber("id").longValue());
        assertEquals(
                "RELATED_TO", confirmed.getJsonArray("links").getJsonObject(0).getString("type"));
    }
}
