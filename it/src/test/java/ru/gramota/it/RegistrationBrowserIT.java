package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The registration forms in a real browser: a clerk registers the morning's letter with its scan by
 * keyboard and finds it; the probable-duplicate warning is cancelled, then confirmed; a form sent
 * half filled shows each error under its field; an outgoing letter names its addressee and
 * signatory by picking them as one types.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class RegistrationBrowserIT {

    private static final DateTimeFormatter TYPED = DateTimeFormatter.ofPattern("dd.MM.yyyy");

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aClerkRegistersALetterWithItsScanFindsItAndDownloadsTheScan() throws Exception {
        RegistryDesk desk = new RegistryDesk("{caseIndex}/{seq}");
        Path scan = Files.createTempFile("gramota-it-", ".pdf");
        byte[] pdf = FileAttachmentIT.pdf(3);
        Files.write(scan, pdf);
        Path named = scan.resolveSibling("Письмо Минтранса.pdf");
        Files.move(scan, named, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        Files.createDirectories(Browser.DOWNLOADS);
        Files.deleteIfExists(Browser.DOWNLOADS.resolve("Письмо Минтранса.pdf"));

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.find(By.id("navJournals")).click();
            browser.waitFor(By.id("journals"));
            registerLinkOf(browser, "Входящие документы").click();
            browser.waitFor(By.id("heading"));
            browser.waitForPage();
            assertEquals("Входящие документы", browser.find(By.id("heading")).getText());

            pick(browser, "correspondent", "транспорта " + desk.organisation, "Министерство транспорта");
            field(browser, "correspondentNumber").sendKeys("01-12/345");
            browser.typeDate(
                    "registration:correspondentDate",
                    ServerTime.today().minusDays(2).format(TYPED));
            field(browser, "signatoryName").sendKeys("Заместитель министра Петров А. А.");
            field(browser, "title").sendKeys("О ремонте автомобильной дороги Северный – Лесное");
            pick(browser, "executor", "Кузнецов", "Кузнецов Игорь Олегович");
            browser.choose("registration:caseIndex", "01-12");
            browser.find(By.id("uploads:upload_input")).sendKeys(named.toString());
            browser.waitFor(By.xpath("//*[@id='uploads:files']//*[text()='Письмо Минтранса.pdf']"));
            browser.screenshot("register");

            field(browser, "correspondentNumber").sendKeys(Keys.ENTER);
            String number = browser.waitFor(By.id("registeredNumber")).getText();
            assertTrue(number.startsWith("01-12/"), number);
            assertEquals("", field(browser, "title").getAttribute("value"), "the form is empty for the next letter");
            assertTrue(
                    browser.find(By.id("uploads:files")).getText().isEmpty(),
                    "the staged files are gone with the registration");
            browser.screenshot("registered");

            browser.open("/documents.xhtml?organisation=" + desk.organisation);
            browser.waitFor(By.linkText(number)).click();
            assertEquals("№ " + number, browser.waitFor(By.id("number")).getText());
            String content = browser.find(By.id("content")).getText();
            assertTrue(content.contains("Кузнецов Игорь Олегович"), content);
            assertTrue(content.contains("№ 01-12/345"), content);
            String history = browser.find(By.cssSelector("[id$='history']")).getText();
            assertTrue(history.contains("Зарегистрирован") && history.contains("Приложен файл"), history);

            browser.find(By.cssSelector("a.download")).click();
            Path downloaded = Browser.DOWNLOADS.resolve("Письмо Минтранса.pdf");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            // Chromium reserves the name with an empty file first (see ClerkBrowserIT): wait for the whole file.
            while ((!Files.exists(downloaded) || Files.size(downloaded) < pdf.length)
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertArrayEquals(pdf, Files.readAllBytes(downloaded), "the scan comes back as it was uploaded");
        } finally {
            Files.deleteIfExists(named);
        }
    }

    @Test
    void theDuplicateWarningIsCancelledThenConfirmed() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        LocalDate sent = ServerTime.today().minusDays(1);
        JsonObject first = Cards.created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("О графике отпусков")
                        .add("correspondentNumber", "77/1")
                        .add("correspondentDate", sent.toString())
                        .build()));

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/register.xhtml?organisation=" + desk.organisation + "&journal=IN");
            fillTheSameLetter(browser, desk, sent);
            browser.click("registration:save");

            WebElement warning = browser.waitFor(By.id("duplicateForm:duplicate"));
            assertTrue(warning.getText().contains("№ " + first.getString("number")), warning.getText());
            browser.screenshot("duplicate-warning");
            browser.click("duplicateForm:cancelDuplicate");
            browser.await().until(ExpectedConditions.invisibilityOfElementLocated(By.id("duplicateForm:duplicate")));
            assertTrue(browser.find(By.id("messages")).getText().contains("не зарегистрирован"));
            assertEquals(1, registrations(desk).size(), "cancelled: nothing registered");

            browser.click("registration:save");
            browser.waitFor(By.id("duplicateForm:duplicate"));
            browser.click("duplicateForm:confirmDuplicate");
            String number = browser.waitFor(By.id("registeredNumber")).getText();
            assertEquals(2, registrations(desk).size());
            JsonObject second = desk.clerk
                    .get("/api/v1/registrations/"
                            + registrations(desk).getJsonObject(0).getInt("id"))
                    .json();
            assertEquals(number, second.getString("number"));
            assertEquals(
                    first.getInt("id"),
                    second.getJsonObject("duplicateOf").getInt("id"),
                    "registered as a duplicate of the first: " + second);
        }
    }

    @Test
    void aHalfFilledFormShowsEachErrorUnderItsFieldAndRegistersNothing() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/register.xhtml?organisation=" + desk.organisation + "&journal=IN");
            field(browser, "correspondentNumber").sendKeys("15", Keys.ENTER);

            String titleError = browser.errorUnder("registration:title");
            String correspondentError = browser.errorUnder("registration:correspondent");
            assertFalse(titleError.isBlank());
            assertFalse(correspondentError.isBlank());
            assertTrue(
                    browser.find(By.id("registration:title"))
                            .getAttribute("class")
                            .contains("ui-state-error"),
                    "the field is marked");
            assertEquals("15", field(browser, "correspondentNumber").getAttribute("value"), "what was typed stays");
            browser.screenshot("register-errors");
            assertEquals(0, registrations(desk).size());
        }
    }

    @Test
    void anOutgoingLetterNamesItsAddresseeAndSignatoryAndTheFormFitsAPhone() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        try (Browser browser = Browser.phone()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/register.xhtml?organisation=" + desk.organisation + "&journal=OUT");
            browser.waitFor(By.id("heading"));
            browser.screenshot("register-phone");
            browser.assertFitsTheScreen();

            field(browser, "title").sendKeys("О согласовании схемы движения");
            pick(browser, "addresseeCorrespondents", "транспорта " + desk.organisation, "Министерство транспорта");
            pick(browser, "signatory", "Смирнова", "Смирнова Анна Петровна");
            browser.click("registration:save");
            String number = browser.waitFor(By.id("registeredNumber")).getText();

            JsonObject card = desk.clerk
                    .get("/api/v1/registrations/"
                            + registrations(desk).getJsonObject(0).getInt("id"))
                    .json();
            assertEquals(number, card.getString("number"));
            assertEquals(desk.clerkUsername, card.getJsonObject("signatory").getString("username"));
            assertEquals(
                    desk.senderId,
                    card.getJsonArray("addresseeCorrespondents")
                            .getJsonObject(0)
                            .getJsonNumber("id")
                            .longValue());
        }
    }

    private static void fillTheSameLetter(Browser browser, RegistryDesk desk, LocalDate sent) {
        pick(browser, "correspondent", "транспорта " + desk.organisation, "Министерство транспорта");
        field(browser, "correspondentNumber").sendKeys("77/1");
        browser.typeDate("registration:correspondentDate", sent.format(TYPED));
        field(browser, "title").sendKeys("О графике отпусков (повторно)");
    }

    /** Types into a picker and chooses the suggestion that starts with {@code label}. */
    private static void pick(Browser browser, String input, String typed, String label) {
        field(browser, input + "_input").sendKeys(typed);
        browser.waitFor(By.xpath("//*[@id='registration:" + input + "_panel']//li[starts-with(normalize-space(.), '"
                        + label + "')]"))
                .click();
    }

    private static WebElement field(Browser browser, String id) {
        return browser.waitFor(By.id("registration:" + id));
    }

    private static WebElement registerLinkOf(Browser browser, String journal) {
        return browser.find(By.xpath("//tr[.//*[contains(@class, 'journal-name') and normalize-space(.)='" + journal
                + "']]//a[contains(@class, 'register')]"));
    }

    private static JsonArray registrations(RegistryDesk desk) {
        return desk.clerk
                .get("/api/v1/registrations?organisation=" + desk.organisation)
                .array();
    }
}
