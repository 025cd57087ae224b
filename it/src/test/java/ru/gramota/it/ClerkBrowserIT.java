package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.NoAlertPresentException;

/**
 * A clerk's day in a real browser (headless Chromium): sign in, find a letter in the list by its
 * number, open its card, download its scan, see its history; another organisation's clerk is
 * refused; a summary with a script shows as text; the pages fit a phone. Screenshots of the screens
 * go to docs/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClerkBrowserIT {

    @Deployment(testable = false)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.ear();
    }

    @Test
    void aClerkFindsALetterByItsNumberOpensItsCardDownloadsTheScanAndSeesTheHistory() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        JsonObject letter = RegistrationCardIT.created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("О ремонте автомобильной дороги Северный – Лесное")
                        .add("correspondentNumber", "01-12/345")
                        .add("executor", desk.executorUsername)
                        .build()));
        byte[] scan = FileAttachmentIT.pdf(2);
        assertEquals(
                201,
                desk.clerk
                        .upload(
                                "/api/v1/registrations/" + RegistrationCardIT.id(letter) + "/files",
                                "Скан письма.pdf",
                                scan)
                        .status());
        Files.createDirectories(Browser.DOWNLOADS);
        Files.deleteIfExists(Browser.DOWNLOADS.resolve("Скан письма.pdf"));

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.screenshot("home");
            browser.open("/documents.xhtml?organisation=" + desk.organisation);
            browser.waitFor(By.linkText(letter.getString("number")));
            browser.screenshot("documents");

            browser.find(By.linkText(letter.getString("number"))).click();
            browser.waitFor(By.id("number"));
            assertEquals(
                    "№ " + letter.getString("number"),
                    browser.find(By.id("number")).getText());
            assertTrue(
                    browser.find(By.id("content")).getText().contains("Министерство транспорта " + desk.organisation));
            String history = browser.find(By.cssSelector("[id$='history']")).getText();
            assertTrue(history.contains("Зарегистрирован") && history.contains("Приложен файл"), history);
            assertTrue(history.contains("Смирнова Анна Петровна"), "people by name: " + history);
            browser.screenshot("card");

            browser.find(By.cssSelector("a.download")).click();
            Path downloaded = Browser.DOWNLOADS.resolve("Скан письма.pdf");
            Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
            while (!Files.exists(downloaded) && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertArrayEquals(scan, Files.readAllBytes(downloaded), "the file arrives under its Cyrillic name");
        }
    }

    @Test
    void aClerkOfAnotherOrganisationCannotOpenTheCardByItsAddress() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        long id = RegistrationCardIT.id(desk.register("Только для своих", null).json());

        try (Browser browser = Browser.desktop()) {
            browser.signIn(other.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + id);
            String refusal = browser.waitFor(By.id("refusal")).getText();
            browser.screenshot("refused");
            browser.open("/document.xhtml?id=" + Long.MAX_VALUE);
            String missing = browser.waitFor(By.id("refusal")).getText();
            browser.open("/document.xhtml?id=" + id);
            browser.waitFor(By.id("refusal"));

            assertEquals(missing, refusal, "another organisation's card reads as a missing one");
            assertFalse(browser.find(By.id("content")).getText().contains("Только для своих"));
            browser.open("/files/" + id + "/1");
            assertFalse(browser.driver().getPageSource().contains("%PDF"));
        }
    }

    @Test
    void aSummaryWithAScriptShowsAsText() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String summary = "<script>alert(1)</script>";
        long id = RegistrationCardIT.id(desk.register(summary, null).json());

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + id);

            assertEquals(summary, browser.waitFor(By.id("title")).getText());
            assertThrows(
                    NoAlertPresentException.class,
                    () -> browser.driver().switchTo().alert());
            browser.open("/documents.xhtml?organisation=" + desk.organisation);
            assertEquals(summary, browser.waitFor(By.cssSelector(".title")).getText());
            assertThrows(
                    NoAlertPresentException.class,
                    () -> browser.driver().switchTo().alert());
        }
    }

    @Test
    void theHomePageAndACardFitAPhone() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        long id = RegistrationCardIT.id(
                desk.register("Письмо, открытое с телефона", null).json());

        try (Browser browser = Browser.phone()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.assertFitsTheScreen();
            browser.screenshot("home-phone");
            browser.open("/document.xhtml?id=" + id);
            browser.waitFor(By.id("number"));
            browser.assertFitsTheScreen();
            browser.screenshot("card-phone");
        }
    }
}
