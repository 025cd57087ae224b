package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.time.LocalDate;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Reminders of deadlines: a day's run posts a notice to the executor and the controller of each
 * assignment due in two working days, once however often the day is run; mails each to those with an
 * address, once; the inbox counts them unread until read, and shows nobody another's.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReminderIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    /** An office with an assignment due two working days after the last working day: its reminder day. */
    static final class DueSoon {
        final ControlOffice office = new ControlOffice();
        final LocalDate day;
        final String executorMail;
        final String controllerMail;
        final long assignment;

        DueSoon() {
            WorkingDays calendar = new WorkingDays(Api.admin());
            day = calendar.onOrBefore(ServerTime.today());
            executorMail = office.desk.executorUsername + "@mail.test";
            controllerMail = office.controllerName + "@mail.test";
            email(office.desk.executorUsername, executorMail);
            email(office.controllerName, controllerMail);
            JsonArray assignments = office.write(office.onControl()
                            .add("deadline", calendar.after(day, 2).toString())
                            .add("coExecutors", Json.createArrayBuilder().add(office.staffName)))
                    .getJsonObject(0)
                    .getJsonArray("assignments");
            assignment = assignments.getJsonObject(0).getJsonNumber("id").longValue();
        }

        private static void email(String username, String address) {
            Api.Answer set = Api.admin()
                    .put(
                            "/api/v1/employees/" + username + "/email",
                            Json.createObjectBuilder().add("email", address).build());
            assertEquals(200, set.status(), set.body());
        }

        static Api.Answer run(Api caller, LocalDate day) {
            return caller.post(
                    "/api/v1/reminders/run?day=" + day,
                    Json.createObjectBuilder().build());
        }
    }

    @Test
    void aDaysRemindersArePostedAndMailedOnceAndReadByTheirRecipientsOnly() throws Exception {
        try (Mailbox mail = Mailbox.start()) {
            DueSoon due = new DueSoon();
            ControlOffice office = due.office;

            Api.Answer first = DueSoon.run(Api.admin(), due.day);
            Api.Answer again = DueSoon.run(Api.admin(), due.day);

            assertEquals(200, first.status(), first.body());
            assertTrue(first.json().getInt("posted") >= 4, first.body());
            assertEquals(0, again.json().getInt("posted"), "a day is posted once: " + again.body());
            assertEquals(0, again.json().getInt("mailed"), again.body());
            JsonArray mine = office.executor.get("/api/v1/inbox").array();
            assertEquals(1, mine.size(), mine.toString());
            JsonObject notice = mine.getJsonObject(0);
            assertEquals("DEADLINE_SOON", notice.getString("kind"));
            assertEquals(due.assignment, notice.getJsonNumber("subjectId").longValue());
            assertEquals("/assignment.xhtml?id=" + due.assignment, notice.getString("link"));
            assertEquals(
                    2,
                    office.controller.get("/api/v1/inbox?unread=true").array().size(),
                    "one per assignment");
            assertEquals(1, office.staff.get("/api/v1/inbox").array().size());
            assertEquals(1, mail.to(due.executorMail));
            assertEquals(2, mail.to(due.controllerMail));
            assertTrue(
                    mail.subjectTo(due.executorMail).startsWith("Через 2 раб. дн. срок поручения"),
                    mail.subjectTo(due.executorMail));

            long id = notice.getJsonNumber("id").longValue();
            Api.Answer othersNotice = office.controller.post(
                    "/api/v1/inbox/" + id + "/read", Json.createObjectBuilder().build());
            Api.Answer read = office.executor.post(
                    "/api/v1/inbox/" + id + "/read", Json.createObjectBuilder().build());
            assertEquals(404, othersNotice.status(), othersNotice.body());
            assertTrue(read.json().getBoolean("read"), read.body());
            assertEquals(0, office.executor.get("/api/v1/inbox/unread").json().getInt("unread"));
            assertEquals(2, office.controller.get("/api/v1/inbox/unread").json().getInt("unread"));
            assertEquals(
                    2,
                    office.controller
                            .post(
                                    "/api/v1/inbox/read",
                                    Json.createObjectBuilder().build())
                            .json()
                            .getInt("read"));
        }
    }

    @Test
    void onlyAnInstallationAdministratorRunsADayAndNeverOneToCome() {
        ControlOffice office = new ControlOffice();

        Api.Answer byManager = DueSoon.run(office.manager, ServerTime.today());
        Api.Answer future = DueSoon.run(Api.admin(), ServerTime.today().plusDays(1));
        Api.Answer notADate = Api.admin()
                .post(
                        "/api/v1/reminders/run?day=2026-02-30",
                        Json.createObjectBuilder().build());
        Api.Answer badAddress = Api.admin()
                .put(
                        "/api/v1/employees/" + office.staffName + "/email",
                        Json.createObjectBuilder()
                                .add("email", "volkova at mail")
                                .build());

        assertEquals(403, byManager.status(), byManager.body());
        assertEquals(List.of("day OUT_OF_RANGE"), ApiProbeIT.fieldsAndCodes(future));
        assertEquals(List.of("day NOT_A_DATE"), ApiProbeIT.fieldsAndCodes(notADate));
        assertEquals(List.of("email EMAIL_FORMAT"), ApiProbeIT.fieldsAndCodes(badAddress));
        assertEquals(
                List.of("unread NOT_A_BOOLEAN"),
                ApiProbeIT.fieldsAndCodes(office.executor.get("/api/v1/inbox?unread=yes")));
    }
}
