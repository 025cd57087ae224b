package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Importing an organisation tree from CSV: a whole region at once, all or nothing, idempotent. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OrganisationImportIT {

    private static final int MUNICIPALITIES = 463;
    private static final int SETTLEMENTS_EACH = 4;
    private static final String HEADER = "code;parent;kind;name;short_name\n";

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aRegionWith463MunicipalitiesAndTheirSettlementsImportsAndReimportingChangesNothing() {
        String run = run();
        String csv = region(run);
        int rows = MUNICIPALITIES * (1 + SETTLEMENTS_EACH);

        long started = System.nanoTime();
        Api.Answer first = Api.admin().postRaw("/api/v1/organisations/import", "text/csv", csv);
        long firstMillis = (System.nanoTime() - started) / 1_000_000;
        started = System.nanoTime();
        Api.Answer second = Api.admin().postRaw("/api/v1/organisations/import", "text/csv", csv);
        long secondMillis = (System.nanoTime() - started) / 1_000_000;
        System.out.printf(
                "CSV import: %d organisations (%d municipalities, %d settlements) in %d ms; re-import in %d ms%n",
                rows, MUNICIPALITIES, MUNICIPALITIES * SETTLEMENTS_EACH, firstMillis, secondMillis);

        assertEquals(200, first.status(), first.body());
        assertReport(first.json(), rows, rows, 0, 0);
        assertEquals(200, second.status(), second.body());
        assertReport(second.json(), rows, 0, 0, rows);
        assertEquals(
                "MR-" + run + "-7",
                Api.admin()
                        .get("/api/v1/organisations/SP-" + run + "-7-2")
                        .json()
                        .getString("parentCode"));
        assertEquals(
                1,
                Api.admin()
                        .get("/api/v1/audit?objectType=ORGANISATION&objectId=SP-" + run + "-7-2")
                        .array()
                        .size(),
                "the re-import wrote no audit record");
    }

    @Test
    void aChangedNameIsTheOnlyChangeOfAReimport() {
        String run = run();
        Api.admin()
                .postRaw(
                        "/api/v1/organisations/import",
                        "text/csv",
                        HEADER
                                + "MR-" + run + ";REGION;MUNICIPAL_DISTRICT;Администрация района;\n"
                                + "SP-" + run + ";MR-" + run + ";SETTLEMENT;Администрация поселения;\n");

        Api.Answer reimport = Api.admin()
                .postRaw(
                        "/api/v1/organisations/import",
                        "text/csv",
                        HEADER
                                + "MR-" + run + ";REGION;Муниципальный район;Администрация района;\n"
                                + "SP-" + run + ";MR-" + run
                                + ";Поселение;Администрация сельского поселения;Поселение\n");

        assertReport(reimport.json(), 2, 0, 1, 1);
        assertEquals(
                "Администрация сельского поселения",
                Api.admin().get("/api/v1/organisations/SP-" + run).json().getString("name"));
    }

    @Test
    void aFileWithBadRowsImportsNothingAndReportsEveryBadRow() {
        String run = run();
        String csv = HEADER
                + "MR-" + run + ";REGION;MUNICIPAL_DISTRICT;Администрация района;\n"
                + "SP-" + run + "-1;MR-" + run + ";SETTLEMENT;Первое поселение;\n"
                + "SP-" + run + "-2;MR-" + run + ";VILLAGE;Второе поселение;\n"
                + "SP-" + run + "-3;NO-SUCH-" + run + ";SETTLEMENT;Третье поселение;\n"
                + "SP-" + run + "-4;MR-" + run + ";SETTLEMENT;;\n"
                + "SP-" + run + "-1;MR-" + run + ";SETTLEMENT;Повтор кода;\n";

        Api.Answer answer = Api.admin().postRaw("/api/v1/organisations/import", "text/csv", csv);

        assertEquals(400, answer.status(), answer.body());
        JsonArray errors = answer.json().getJsonArray("errors");
        assertEquals(List.of("4:kind", "5:parent", "6:name", "7:code"), lineAndField(errors));
        assertEquals(404, Api.admin().get("/api/v1/organisations/MR-" + run).status(), "nothing was imported");
        assertEquals(
                404, Api.admin().get("/api/v1/organisations/SP-" + run + "-1").status());
    }

    @Test
    void aCycleIsRefused() {
        String run = run();
        Api.Answer answer = Api.admin()
                .postRaw(
                        "/api/v1/organisations/import",
                        "text/csv",
                        HEADER
                                + "A-" + run + ";B-" + run + ";SETTLEMENT;А;\n"
                                + "B-" + run + ";A-" + run + ";SETTLEMENT;Б;\n");

        assertEquals(400, answer.status(), answer.body());
        assertTrue(answer.body().contains("cycle"), answer.body());
    }

    @Test
    void anImportUnderAnOrganisationTheCallerDoesNotAdministerIsRefusedAndWritesNothing() {
        String run = run();
        String csv = HEADER + "SP-" + run + ";MR-SEV;SETTLEMENT;Поселение;\n";

        assertEquals(
                403,
                Api.demo("sysadmin.gov")
                        .postRaw("/api/v1/organisations/import", "text/csv", csv)
                        .status());
        assertEquals(
                403,
                Api.demo("clerk.gov")
                        .postRaw("/api/v1/organisations/import", "text/csv", csv)
                        .status());
        assertEquals(404, Api.admin().get("/api/v1/organisations/SP-" + run).status());
    }

    @Test
    void aFileThatIsNotUtf8OrHasNoHeaderIsRefusedWithAReason() {
        byte[] cp1251 = (HEADER + "SP-X;GOV;SETTLEMENT;Поселение;\n").getBytes(Charset.forName("windows-1251"));
        Api.Answer notUtf8 = Api.admin().postRaw("/api/v1/organisations/import", "text/csv", cp1251);
        Api.Answer noHeader =
                Api.admin().postRaw("/api/v1/organisations/import", "text/csv", "SP-X;GOV;SETTLEMENT;Поселение\n");
        Api.Answer empty = Api.admin().postRaw("/api/v1/organisations/import", "text/csv", "");

        assertEquals(400, notUtf8.status(), notUtf8.body());
        assertTrue(notUtf8.body().contains("UTF-8"), notUtf8.body());
        assertEquals(400, noHeader.status(), noHeader.body());
        assertTrue(noHeader.body().contains("column missing"), noHeader.body());
        assertEquals(400, empty.status(), empty.body());
    }

    private static String region(String run) {
        List<String> lines = new ArrayList<>();
        for (int m = 1; m <= MUNICIPALITIES; m++) {
            lines.add("MR-" + run + "-" + m + ";REGION;MUNICIPAL_DISTRICT;\"Администрация муниципального района №" + m
                    + "\";Район " + m);
            for (int s = 1; s <= SETTLEMENTS_EACH; s++) {
                lines.add("SP-" + run + "-" + m + "-" + s + ";MR-" + run + "-" + m
                        + ";SETTLEMENT;Администрация поселения " + m + "-" + s + ";");
            }
        }
        // Children before their parents too: a file's order must not matter.
        Collections.shuffle(lines, new Random(42));
        return HEADER + String.join("\n", lines) + "\n";
    }

    private static void assertReport(JsonObject report, int rows, int created, int updated, int unchanged) {
        assertEquals(rows, report.getInt("rows"), report.toString());
        assertEquals(created, report.getInt("created"), report.toString());
        assertEquals(updated, report.getInt("updated"), report.toString());
        assertEquals(unchanged, report.getInt("unchanged"), report.toString());
    }

    private static List<String> lineAndField(JsonArray errors) {
        return errors.stream()
                .map(e ->
                        e.asJsonObject().getInt("line") + ":" + e.asJsonObject().getString("field"))
                .toList();
    }

    private static String run() {
        return UUID.randomUUID().toString().substring(0, 6).toUpperCase();
    }
}
