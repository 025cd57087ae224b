package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * An administrator imports an organisation tree from CSV and reads the report, and builds an
 * organisation in the tree: a department, a person and the person's role.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void anAdministratorImportsACsvOfOrganisationsAndSeesTheReportThenTheRowsOfABadFile() throws Exception {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        Path good = csv(
                "good",
                "code;parent;kind;name;short_name\n"
                        + "MR-B" + run
                        + ";REGION;MUNICIPAL_DISTRICT;Администрация Берёзовского района;Берёзовский район\n"
                        + "SP-B" + run + ";MR-B" + run + ";SETTLEMENT;Администрация Берёзовского сельсовета;\n");
        Path bad = csv(
                "bad",
                "code;parent;kind;name;short_name\n"
                        + "MR-C" + run + ";REGION;DISTRICT;Администрация Кедрового района;\n"
                        + "SP-C" + run + ";NOWHERE;SETTLEMENT;;\n");

        try (Browser browser = Browser.desktop()) {
            browser.signIn("admin", System.getProperty("gramota.it.admin.password"));
            browser.find(By.id("navImport")).click();
            browser.waitFor(By.id("upload:file")).sendKeys(good.toString());
            browser.click("upload:import");

            assertEquals("2", browser.waitFor(By.id("created")).getText());
            browser.screenshot("import-report");

            browser.waitFor(By.id("upload:file")).sendKeys(bad.toString());
            browser.click("upload:import");
            String errors = browser.waitFor(By.id("rowErrors")).getText();
            browser.screenshot("import-errors");

            assertTrue(errors.contains("2") && errors.contains("3"), "both bad lines are reported: " + errors);
            assertTrue(
                    errors.contains("Заполните поле.") && errors.contains("Организации NOWHERE нет"),
                    "in Russian: " + errors);
            assertTrue(browser.find(By.id("content")).getText().contains("Ничего не записано"));
        }
        assertEquals(404, Api.admin().get("/api/v1/organisations/MR-C" + run).status(), "nothing half imported");
    }

    @Test
    void anAdministratorBuildsAnOrganisationAddsAPersonAndGivesThemARole() {
        String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
        String district = "MR-A" + run;
        Api.Answer created = Api.admin()
                .post(
                        "/api/v1/organisations",
                        Json.createObjectBuilder()
                                .add("code", district)
                                .add("name", "Администрация Озёрного района " + run)
                                .add("kind", "MUNICIPAL_DISTRICT")
                                .add("parentCode", "REGION")
                                .build());
        assertEquals(201, created.status(), created.body());
        String username = "ozerova." + run.toLowerCase();

        try (Browser browser = Browser.desktop()) {
            browser.signIn("admin", System.getProperty("gramota.it.admin.password"));
            browser.find(By.id("navOrganisations")).click();
            browser.waitFor(By.id("tree"));
            browser.waitForPage();
            // The tree opens level by level: the region, then the district under it.
            browser.waitFor(By.xpath("//li[.//span[@class='code' and normalize-space(.)='REGION']]"
                            + "//span[contains(@class, 'ui-tree-toggler')]"))
                    .click();
            browser.waitFor(treeNode(district)).click();
            assertEquals(district, browser.waitFor(By.id("selectedCode")).getText());

            browser.waitFor(By.id("department:departmentCode")).sendKeys("ORG");
            browser.type("department:departmentName", "Организационный отдел");
            browser.click("department:addDepartment");
            browser.waitFor(By.xpath("//*[@id='department:departments']//td[contains(., 'Организационный отдел')]"));

            // A code another organisation has: refused under the field, in Russian.
            browser.type("child:childCode", district);
            browser.type("child:childName", "Администрация Озёрного сельсовета");
            browser.choose("child:childKind", "Поселение");
            browser.click("child:addChild");
            String taken = browser.errorUnder("child:childCode");
            assertTrue(taken.contains("уже занят"), taken);
            browser.type("child:childCode", "SP-A" + run);
            browser.click("child:addChild");
            browser.waitFor(treeNode("SP-A" + run));
            browser.scrollToTop();
            browser.screenshot("admin-organisations");

            browser.click("employees");
            browser.waitFor(By.id("newEmployee:fullName"));
            browser.waitForPage();
            browser.find(By.id("newEmployee:fullName")).sendKeys("Озёрова Анна Сергеевна");
            browser.type("newEmployee:username", username);
            browser.type("newEmployee:password", "short");
            browser.click("newEmployee:create");
            String weak = browser.errorUnder("newEmployee:password");
            assertTrue(weak.contains("Не короче"), weak);
            browser.type("newEmployee:password", "Ozernaya-Gladj-2026");
            browser.click("newEmployee:create");
            browser.waitFor(By.xpath("//*[@id='people:list']//a[normalize-space(.)='Озёрова Анна Сергеевна']"));
            assertEquals(
                    "Озёрова Анна Сергеевна",
                    browser.waitFor(By.id("selectedName")).getText());

            browser.choose("roles:role", "Делопроизводитель");
            browser.click("roles:grant");
            browser.waitFor(By.xpath("//*[@id='heldRoles']//span[@class='role' and .='Делопроизводитель']"));
            assertTrue(browser.find(By.id("people:list")).getText().contains("Делопроизводитель"));
            browser.scrollToTop();
            browser.screenshot("admin-employees");

            // Found by typing, without opening the tree: a part of the code, in lower case.
            browser.open("/admin/organisations.xhtml");
            browser.waitFor(By.id("tree:find_input")).sendKeys("sp-a" + run.toLowerCase());
            browser.waitFor(By.xpath("//*[@id='tree:find_panel']//tr[contains(., 'SP-A" + run + "')]"))
                    .click();
            browser.await()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("selectedCode")).getText().equals("SP-A" + run));
        }

        JsonObject employee = Api.admin().get("/api/v1/employees/" + username).json();
        assertEquals(district, employee.getString("organisationCode"));
        JsonObject role = employee.getJsonArray("roles").getJsonObject(0);
        assertEquals("REGISTRY_CLERK " + district, role.getString("role") + " " + role.getString("organisationCode"));
        assertTrue(Api.admin()
                .get("/api/v1/organisations/" + district + "/departments")
                .body()
                .contains("Организационный отдел"));
        assertEquals(200, Api.admin().get("/api/v1/organisations/SP-A" + run).status());
        // Words of the code and names in any case, е for ё: the district, not its settlement.
        String found = Api.admin()
                .get("/api/v1/organisations?q="
                        + URLEncoder.encode("ОЗЕРНОГО района " + run.toLowerCase(), StandardCharsets.UTF_8))
                .body();
        assertTrue(found.contains("\"MR-A" + run + "\""), found);
        assertFalse(found.contains("SP-A" + run), "the settlement's names have no «района»: " + found);
        assertEquals(
                200,
                Api.as(username, "Ozernaya-Gladj-2026").get("/api/v1/me").status(),
                "the new person signs in with the password given");
    }

    @Test
    void anAdministratorWhoGivesHimselfARoleIsToldToAskAnotherAdministrator() {
        try (Browser browser = Browser.desktop()) {
            browser.signIn("sysadmin.gov", System.getProperty("gramota.it.demo.password"));
            browser.open("/admin/employees.xhtml?organisation=GOV");
            browser.waitFor(By.xpath("//*[@id='people:list']//a[normalize-space(.)='Орлов Виктор Павлович']"))
                    .click();
            browser.await()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElement(By.id("selectedName")).getText().equals("Орлов Виктор Павлович"));
            browser.choose("roles:role", "Делопроизводитель");
            browser.click("roles:grant");
            String refusal = browser.waitFor(By.xpath("//*[@id='messages']//*[contains(., 'Свои роли')]"))
                    .getText();
            browser.scrollToTop();
            browser.screenshot("admin-own-role-refused");

            assertTrue(refusal.contains("попросите другого администратора"), refusal);
            assertFalse(browser.find(By.id("heldRoles")).getText().contains("Делопроизводитель"));
        }
        assertTrue(Api.demo("sysadmin.gov").get("/api/v1/me").body().contains("SYSTEM_ADMIN"));
        assertFalse(Api.admin().get("/api/v1/employees/sysadmin.gov").body().contains("REGISTRY_CLERK"));
    }

    @Test
    void anAdministratorReadsTheYearsCalendarAndLoadsAYearAfterTheBadLinesOfAFile() throws Exception {
        Path bad = csv("calendar-bad", "date;kind\n2036-01-01;day-off\n2036-02-30;day-off\n");
        Path good = csv(
                "calendar-good",
                "date;kind;holiday\n2036-01-01;day-off;Новый год\n2036-01-02;day-off;Новогодние каникулы\n");
        try (Browser browser = Browser.desktop()) {
            browser.signIn("admin", System.getProperty("gramota.it.admin.password"));
            // 2026 ships loaded; a later year is not, nor, from October, the next one
            int year = ServerTime.year();
            Integer warned = year > 2026 ? year : ServerTime.today().getMonthValue() >= 10 ? year + 1 : null;
            if (warned == null) {
                assertTrue(
                        browser.driver().findElements(By.id("calendarWarning")).isEmpty());
            } else {
                assertTrue(
                        browser.waitFor(By.id("calendarWarning")).getText().contains(warned + " год не загружен"),
                        "the home page warns that the calendar of " + warned + " is not loaded");
            }
            browser.find(By.id("navCalendar")).click();
            browser.open("/admin/calendar.xhtml?year=2026");
            assertEquals("247", browser.waitFor(By.id("workingDays")).getText());
            assertTrue(browser.find(By.id("months")).getText().contains("Декабрь"));
            browser.screenshot("calendar");

            browser.open("/admin/calendar.xhtml?year=2036");
            assertTrue(browser.waitFor(By.id("notLoaded")).getText().contains("не загружен"));
            browser.waitFor(By.id("upload:file")).sendKeys(bad.toString());
            browser.click("upload:load");
            String errors = browser.waitFor(By.id("rowErrors")).getText();
            assertTrue(errors.contains("3") && errors.contains("такого дня нет"), errors);
            assertTrue(browser.find(By.id("content")).getText().contains("не загружен"));

            browser.waitFor(By.id("upload:file")).sendKeys(good.toString());
            browser.type("upload:source", "Проверочный календарь");
            browser.click("upload:load");
            assertTrue(browser.waitFor(By.id("source")).getText().contains("Проверочный календарь"));
            assertTrue(browser.driver().findElements(By.id("notLoaded")).isEmpty());
        }
        assertTrue(Api.admin().get("/api/v1/calendar/2036").json().getBoolean("loaded"));
    }

    @Test
    void theOrganisationAndEmployeeScreensFitAPhone() {
        try (Browser browser = Browser.phone()) {
            browser.signIn("admin", System.getProperty("gramota.it.admin.password"));
            browser.open("/admin/organisations.xhtml?organisation=GOV");
            browser.waitFor(By.id("selectedCode"));
            browser.assertFitsTheScreen();
            browser.open("/admin/employees.xhtml?organisation=GOV");
            browser.waitFor(By.id("heading"));
            browser.screenshot("admin-employees-phone");
            browser.assertFitsTheScreen();
            browser.open("/admin/calendar.xhtml?year=2026");
            browser.waitFor(By.id("workingDays"));
            browser.assertFitsTheScreen();
        }
    }

    private static By treeNode(String code) {
        return By.xpath("//span[contains(@class, 'ui-treenode-label')][.//span[normalize-space(.)='" + code + "']]");
    }

    private static Path csv(String name, String content) throws Exception {
        Path file = Files.createTempFile("organisations-" + name, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
