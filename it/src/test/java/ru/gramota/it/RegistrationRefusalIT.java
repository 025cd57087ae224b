package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static ru.gramota.it.Cards.assertFields;

import java.nio.charset.StandardCharsets;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Registrations refused: a kind's missing requisites, another organisation's employee, a summary too
 * long, a body that is not UTF-8; each names its fields and consumes no number.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationRefusalIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void eachKindRefusesACardWithoutWhatItNeedsNamingEveryField() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.card("IN", "Без отправителя").build()),
                "correspondentId");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations", desk.card("OUT", "Никому").build()),
                "addresseeCorrespondentIds",
                "signatory");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations", desk.card("INT", "Никому").build()),
                "addressees",
                "signatory");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.card("POST", "Акт без вида")
                                .add("documentType", "письмо")
                                .build()),
                "documentType",
                "signatory");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.card("OG", "От организации")
                                .add("correspondentId", desk.senderId)
                                .build()),
                "correspondentId");
        assertFields(
                desk.clerk.post(
                        "/api/v1/registrations",
                        desk.incoming("Неизвестные")
                                .add("caseIndex", "99-99")
                                .add("executor", "nobody-such")
                                .add(
                                        "correspondentDate",
                                        ServerTime.today().plusDays(3).toString())
                                .build()),
                "correspondentDate",
                "executor",
                "caseIndex");
        // Nothing was registered and no number taken.
        assertEquals("1", desk.register("Наконец правильно", null).json().getString("number"));
    }

    @Test
    void aCardCannotNameAnEmployeeOfAnotherOrganisationWhoWouldThenReadIt() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");

        Api.Answer answer = desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("Чужому исполнителю")
                        .add("executor", other.executorUsername)
                        .build());

        assertFields(answer, "executor");
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size());
    }

    @Test
    void aTenMegabyteSummaryIsRefusedAndNothingIsWritten() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String huge = "Очень длинное содержание. ".repeat(10 * 1024 * 1024 / 50);

        Api.Answer answer =
                desk.clerk.post("/api/v1/registrations", desk.incoming(huge).build());

        assertFields(answer, "title");
        assertEquals(
                0,
                desk.clerk
                        .get("/api/v1/registrations?organisation=" + desk.organisation)
                        .array()
                        .size());
        assertEquals("1", desk.register("Короткое", null).json().getString("number"));
    }

    @Test
    void invalidUtf8IsRefusedWithAClearProblem() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        byte[] prefix = ("{\"organisationCode\":\"" + desk.organisation
                        + "\",\"journalCode\":\"IN\",\"correspondentId\":" + desk.senderId + ",\"title\":\"")
                .getBytes(StandardCharsets.UTF_8);
        byte[] body = new byte[prefix.length + 4];
        System.arraycopy(prefix, 0, body, 0, prefix.length);
        body[prefix.length] = (byte) 0xC3; // a lead byte followed by no continuation
        body[prefix.length + 1] = (byte) 0x28;
        body[prefix.length + 2] = '"';
        body[prefix.length + 3] = '}';

        Api.Answer answer = desk.clerk.postRaw("/api/v1/registrations", "application/json", body);

        assertFields(answer, "body");
        assertTrue(answer.contentType().startsWith("application/problem+json"), answer.contentType());
        assertTrue(
                answer.json()
                        .getJsonArray("errors")
                        .getJsonObject(0)
                        .getString("message")
                        .contains("UTF-8"),
                answer.body());
        assertEquals("1", desk.register("После ошибки", null).json().getString("number"));
    }
}
