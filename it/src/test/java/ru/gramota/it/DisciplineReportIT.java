package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.Resource;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The execution-discipline report against a fixture counted by hand. Assignments are issued through
 * the API, then moved into the past with plain SQL (deadlines, acceptance dates, states), as a year of
 * work would have left them; the report, its drill-down and its files must show exactly the counts
 * below. Runs in the server, for its data source.
 */
@ExtendWith(ArquillianExtension.class)
class DisciplineReportIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Resource(lookup = "java:jboss/datasources/GramotaDS")
    private DataSource dataSource;

    @Test
    void theReportCountsOnTimeLateOverdueAndInProgressAsCountedByHand() throws Exception {
        ControlOffice office = new ControlOffice();
        LocalDate today = ServerTime.today();
        // Кузнецов: on time, late, overdue, in progress. Волкова: overdue (report waiting), on time.
        // Withdrawn with its parent: not counted.
        long onTime = issue(office, office.desk.executorUsername);
        long late = issue(office, office.desk.executorUsername);
        long overdue = issue(office, office.desk.executorUsername);
        long inProgress = issue(office, office.desk.executorUsername);
        long waiting = issue(office, office.staffName);
        long staffOnTime = issue(office, office.staffName);
        long withdrawn = issue(office, office.staffName);
        move(onTime, "ACCEPTED", today.minusDays(40), today.minusDays(44));
        move(late, "ACCEPTED", today.minusDays(40), today.minusDays(38));
        move(overdue, "IN_PROGRESS", today.minusDays(30), null);
        move(inProgress, "ISSUED", today.plusDays(10), null);
        move(waiting, "REPORTED", today.minusDays(5), null);
        move(staffOnTime, "ACCEPTED", today.minusDays(20), today.minusDays(20));
        move(withdrawn, "WITHDRAWN", today.minusDays(3), null);
        String period = "organisation=" + office.desk.organisation + "&from=" + today.minusDays(60) + "&to="
                + today.plusDays(30);

        Api.Answer answer = office.manager.get("/api/v1/reports/discipline?" + period);

        assertEquals(200, answer.status(), answer.body());
        JsonObject report = answer.json();
        Map<String, List<Integer>> rows = new TreeMap<>();
        for (JsonObject row : report.getJsonArray("rows").getValuesAs(JsonObject.class)) {
            rows.put(row.getString("key"), numbers(row));
        }
        assertEquals(
                Map.of(office.desk.executorUsername, List.of(1, 1, 1, 1), office.staffName, List.of(1, 0, 1, 0)), rows);
        assertEquals(List.of(2, 1, 2, 1), numbers(report.getJsonObject("total")));
        assertEquals(
                40.0, report.getJsonObject("total").getJsonNumber("shareOnTime").doubleValue());
        JsonObject kuznetsov = report.getJsonArray("rows").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("key").equals(office.desk.executorUsername))
                .findFirst()
                .orElseThrow();
        assertEquals(33.3, kuznetsov.getJsonNumber("shareOnTime").doubleValue(), "one on time of three judged");

        Api.Answer drilled = office.manager.get("/api/v1/reports/discipline/assignments?" + period + "&key="
                + office.desk.executorUsername + "&category=late");
        assertEquals(200, drilled.status(), drilled.body());
        JsonArray behind = drilled.array();
        assertEquals(
                List.of(late),
                behind.stream()
                        .map(v -> v.asJsonObject().getJsonNumber("id").longValue())
                        .toList());
        JsonObject byDepartment = office.manager
                .get("/api/v1/reports/discipline?" + period + "&by=department")
                .json();
        assertEquals(
                List.of(2, 1, 2, 1),
                numbers(byDepartment.getJsonArray("rows").getJsonObject(0)),
                "nobody holds a position with a department: one row without one");

        Api.Answer csv = office.manager.get("/api/v1/reports/discipline?" + period + "&format=csv");
        String text = csv.body();
        assertTrue(
                text.contains("Исполнитель;Исполнено в срок;")
                        && text.contains("Кузнецов Игорь Олегович;1;1;1;1;4;33,3"),
                text);
        Api.Answer xlsx = office.manager.get("/api/v1/reports/discipline?" + period + "&format=xlsx");
        assertEquals(200, xlsx.status());
        assertTrue(xlsx.contentType().startsWith("application/vnd.openxmlformats"), xlsx.contentType());

        Api.Answer byExecutor = office.executor.get("/api/v1/reports/discipline?" + period);
        Api.Answer otherOrganisation = new ControlOffice().manager.get("/api/v1/reports/discipline?" + period);
        Api.Answer tooLong = office.manager.get("/api/v1/reports/discipline?organisation=" + office.desk.organisation
                + "&from=2020-01-01&to=2026-12-31");
        assertEquals(403, byExecutor.status(), byExecutor.body());
        assertEquals(403, otherOrganisation.status(), otherOrganisation.body());
        assertEquals(List.of("to OUT_OF_RANGE"), fieldsAndCodes(tooLong));

        JsonObject registrations = office.manager
                .get("/api/v1/reports/registrations?organisation=" + office.desk.organisation + "&year="
                        + today.getYear())
                .json();
        assertEquals(1, registrations.getInt("registered"), registrations.toString());
        assertEquals(1, registrations.getInt("onControl"), "the letter was put on control by its resolutions");
    }

    /** As ApiProbeIT's, which is not deployed with the in-container tests. */
    private static List<String> fieldsAndCodes(Api.Answer answer) {
        return answer.status() != 400
                ? List.of(answer.status() + " " + answer.body())
                : answer.json().getJsonArray("errors").stream()
                        .map(e -> e.asJsonObject().getString("field") + " "
                                + e.asJsonObject().getString("code"))
                        .toList();
    }

    private static List<Integer> numbers(JsonObject row) {
        return List.of(row.getInt("onTime"), row.getInt("late"), row.getInt("overdue"), row.getInt("inProgress"));
    }

    private static long issue(ControlOffice office, String executor) {
        JsonArray resolutions = office.write(office.onControl().add("responsible", executor));
        JsonArray assignments =
                resolutions.getJsonObject(resolutions.size() - 1).getJsonArray("assignments");
        return assignments.getJsonObject(0).getJsonNumber("id").longValue();
    }

    private void move(long assignment, String state, LocalDate deadline, LocalDate doneOn) throws Exception {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement update = connection.prepareStatement(
                        "update gramota.assignment set state = ?, deadline = ?, done_on = ? where id = ?")) {
            update.setString(1, state);
            update.setObject(2, deadline);
            update.setObject(3, doneOn);
            update.setLong(4, assignment);
            assertEquals(1, update.executeUpdate());
        }
    }
}
