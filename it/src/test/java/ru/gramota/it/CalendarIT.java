package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The production calendar over REST: the 2026 calendar shipped, years loaded by administrators from
 * the public XML and from CSV, the Labour Code's days for a year nobody loaded, refusals that change
 * nothing, and deadlines counted on it.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CalendarIT {

    private static final Pattern DAY = Pattern.compile("<day d=\"([0-9.]+)\" t=\"([123])\"");

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    private static byte[] shared2026() throws IOException {
        return Files.readAllBytes(Path.of(System.getProperty("gramota.shared"), "calendar", "ru-2026.xml"));
    }

    /** "MM.DD t" of each day of the public XML, in its order, read here without the server's code. */
    private static List<String> daysOf(String xml) {
        Matcher m = DAY.matcher(xml);
        List<String> days = new ArrayList<>();
        while (m.find()) {
            days.add(m.group(1) + " " + m.group(2));
        }
        return days;
    }

    private static List<String> daysOf(JsonObject year) {
        return year.getJsonArray("days").getValuesAs(JsonObject.class).stream()
                .map(d -> d.getString("date").substring(5).replace('-', '.') + " "
                        + switch (d.getString("kind")) {
                            case "DAY_OFF" -> "1";
                            case "SHORTENED" -> "2";
                            default -> "3";
                        })
                .collect(Collectors.toList());
    }

    @Test
    void the2026CalendarShipsAsTheDecreePublishesIt() throws IOException {
        JsonObject year = Api.demo("clerk.gov").get("/api/v1/calendar/2026").json();
        assertTrue(year.getBoolean("loaded"));
        assertEquals(247, year.getInt("workingDays"));
        assertEquals(daysOf(new String(shared2026(), StandardCharsets.UTF_8)), daysOf(year));
    }

    @Test
    void aYearNobodyLoadedIsTheLabourCodesAndSaysSo() {
        JsonObject year = Api.demo("clerk.gov").get("/api/v1/calendar/2099").json();
        assertFalse(year.getBoolean("loaded"));
        assertFalse(year.containsKey("source"), year.toString());
        assertTrue(daysOf(year).contains("11.04 1"), year.toString());
    }

    @Test
    void anAdministratorLoadsTheXmlOfAYearAndItIsAudited() throws IOException {
        String xml = new String(shared2026(), StandardCharsets.UTF_8).replace("year=\"2026\"", "year=\"2031\"");
        Api.Answer loaded = Api.admin().putRaw("/api/v1/calendar/2031?source=test", "application/xml", xml);
        assertEquals(200, loaded.status(), loaded.body());
        JsonObject year = Api.demo("clerk.gov").get("/api/v1/calendar/2031").json();
        assertTrue(year.getBoolean("loaded"));
        assertEquals("test", year.getString("source"));
        assertEquals("admin", year.getString("loadedBy"));
        assertEquals(daysOf(xml).size(), year.getJsonArray("days").size());
        assertEquals(
                1,
                Api.admin()
                        .get("/api/v1/audit?objectType=calendar-year&objectId=2031")
                        .array()
                        .size());
    }

    @Test
    void csvReplacesWhatTheYearHeld() {
        String first = "date;kind;holiday\n2032-01-01;day-off;Новый год\n2032-01-02;day-off;\n";
        assertEquals(
                200,
                Api.admin().putRaw("/api/v1/calendar/2032", "text/csv", first).status());
        Api.Answer second = Api.admin().putRaw("/api/v1/calendar/2032", "text/csv", "date;kind\n2032-01-05;day-off\n");
        assertEquals(200, second.status(), second.body());
        assertEquals(
                List.of("01.05 1"),
                daysOf(Api.admin().get("/api/v1/calendar/2032").json()));
    }

    @Test
    void aClerkCannotLoadACalendar() {
        Api.Answer refused =
                Api.demo("clerk.gov").putRaw("/api/v1/calendar/2033", "text/csv", "date;kind\n2033-01-03;day-off\n");
        assertEquals(403, refused.status(), refused.body());
        assertFalse(Api.admin().get("/api/v1/calendar/2033").json().getBoolean("loaded"));
    }

    @Test
    void aFileWithBadDaysIsRefusedWholeWithEveryLineAndChangesNothing() {
        Api.admin().putRaw("/api/v1/calendar/2034", "text/csv", "date;kind\n2034-01-02;day-off\n");
        Api.Answer refused = Api.admin()
                .putRaw(
                        "/api/v1/calendar/2034",
                        "text/csv",
                        "date;kind\n2034-01-03;day-off\n2034-02-30;day-off\n2034-03-01;holiday\n2035-01-01;day-off\n");
        assertEquals(400, refused.status(), refused.body());
        assertEquals(
                List.of("3 CALENDAR_DATE_IMPOSSIBLE", "4 CALENDAR_DAY_KIND_UNKNOWN", "5 CALENDAR_DAY_OF_ANOTHER_YEAR"),
                refused.json().getJsonArray("errors").getValuesAs(JsonObject.class).stream()
                        .map(e -> e.getInt("line") + " " + e.getString("code"))
                        .toList());
        assertEquals(
                List.of("01.02 1"),
                daysOf(Api.admin().get("/api/v1/calendar/2034").json()));
    }

    @Test
    void theXmlOfAnotherYearADoctypeAnEmptyBodyAndAYearThatIsNotOneAreRefused() throws IOException {
        assertRefused(
                Api.admin().putRaw("/api/v1/calendar/2035", "application/xml", shared2026()), "CALENDAR_YEAR_DIFFERS");
        assertRefused(
                Api.admin()
                        .putRaw(
                                "/api/v1/calendar/2035",
                                "application/xml",
                                "<?xml version=\"1.0\"?><!DOCTYPE c [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                                        + "<calendar year=\"2035\"><days><day d=\"01.01\" t=\"1\" h=\"&x;\"/></days></calendar>"),
                "CALENDAR_XML_DOCTYPE");
        assertRefused(Api.admin().putRaw("/api/v1/calendar/2035", "text/csv", ""), "FILE_EMPTY");
        assertRefused(Api.admin().get("/api/v1/calendar/два"), "CALENDAR_YEAR_OUT_OF_RANGE");
        assertRefused(Api.admin().get("/api/v1/calendar/1999"), "CALENDAR_YEAR_OUT_OF_RANGE");
        assertRefused(
                Api.admin().putRaw("/api/v1/calendar/2035?source=" + "x".repeat(301), "text/csv", "date;kind\n"),
                "TOO_LONG");
        assertFalse(Api.admin().get("/api/v1/calendar/2035").json().getBoolean("loaded"));
    }

    @Test
    void anUrgentResolutionBeforeNewYearIsDueOnTheLastWorkingDayOf2026() {
        JsonObject deadline = Api.demo("clerk.gov")
                .get("/api/v1/deadlines?from=2026-12-28&urgency=urgent")
                .json();
        assertEquals("2026-12-31", deadline.getString("asked"));
        assertEquals("2026-12-30", deadline.getString("due"));
        assertTrue(deadline.getBoolean("moved"));
        assertEquals("среда", deadline.getString("weekday"));
    }

    @Test
    void aWrittenDeadlineOnAHolidayMovesToTheWorkingDayBefore() {
        JsonObject november = Api.demo("clerk.gov")
                .get("/api/v1/deadlines?from=2026-10-20&date=2026-11-04")
                .json();
        assertEquals("2026-11-03", november.getString("due"));
        assertTrue(november.getBoolean("moved"));
        JsonObject may = Api.demo("clerk.gov")
                .get("/api/v1/deadlines?from=2026-04-20&date=2026-05-11")
                .json();
        assertEquals("2026-05-08", may.getString("due"));
        JsonObject working = Api.demo("clerk.gov")
                .get("/api/v1/deadlines?from=2026-04-20&date=2026-05-12")
                .json();
        assertEquals("2026-05-12", working.getString("due"));
        assertFalse(working.getBoolean("moved"));
    }

    @Test
    void aDeadlineInAYearNobodyLoadedUsesTheLabourCodeAndNeverComesBeforeTheResolution() {
        JsonObject back = Api.demo("clerk.gov")
                .get("/api/v1/deadlines?from=2026-12-28&date=2027-01-04")
                .json();
        assertEquals("2026-12-30", back.getString("due"));
        JsonObject forward = Api.demo("clerk.gov")
                .get("/api/v1/deadlines?from=2027-01-01&urgency=urgent")
                .json();
        assertEquals("2027-01-04", forward.getString("asked"));
        assertEquals("2027-01-11", forward.getString("due"));
        assertFalse(forward.getBoolean("calendarLoaded"));
    }

    @Test
    void deadlineParametersAreReadStrictly() {
        assertRefused(Api.demo("clerk.gov").get("/api/v1/deadlines?urgency=soon"), "ONE_OF");
        assertRefused(Api.demo("clerk.gov").get("/api/v1/deadlines?date=2026-02-30"), "NOT_A_DATE");
        assertRefused(
                Api.demo("clerk.gov").get("/api/v1/deadlines?urgency=urgent&date=2026-12-30"),
                "DEADLINE_DATE_OR_URGENCY");
        assertRefused(
                Api.demo("clerk.gov").get("/api/v1/deadlines?from=2026-12-01&date=2026-11-30"),
                "DEADLINE_BEFORE_RESOLUTION");
    }

    private static void assertRefused(Api.Answer answer, String code) {
        assertEquals(400, answer.status(), answer.body());
        assertEquals(code, answer.json().getJsonArray("errors").getJsonObject(0).getString("code"), answer.body());
    }
}
