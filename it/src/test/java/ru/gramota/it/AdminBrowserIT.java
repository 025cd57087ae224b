package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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

/** An administrator imports an organisation tree from CSV in the browser and reads the report. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class AdminBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.ear();
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

    private static Path csv(String name, String content) throws Exception {
        Path file = Files.createTempFile("organisations-" + name, ".csv");
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
