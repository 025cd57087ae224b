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
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.NoAlertPresentException;
import org.openqa.selenium.StaleElementReferenceException;

/**
 * A clerk's day in a real browser (headless Chromium): sign in, find a letter in the list by its
 * number, open its card, download its scan, see its history; another organisation's clerk is
 * refused; a summary with a script shows as text; the pages fit a phone. Screenshots of the screens
 * go to docs/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ClerkBrowserIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aClerkFindsALetterByItsNumberOpensItsCardDownloadsTheScanAndSeesTheHistory() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        JsonObject letter = Cards.created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("О ремонте автомобильной дороги Северный – Лесное")
                        .add("correspondentNumber", "01-12/345")
                        .add("executor", desk.executorUsername)
                        .build()));
        byte[] scan = FileAttachmentIT.pdf(2);
        assertEquals(
                201,
                desk.clerk
                        .upload("/api/v1/registrations/" + Cards.id(letter) + "/files", "Скан письма.pdf", scan)
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
            // Chromium reserves the name with an empty file at once and writes the bytes into a
            // .crdownload file it renames at the end: wait for the whole file, not its placeholder.
            while ((!Files.exists(downloaded) || Files.size(downloaded) < scan.length)
                    && Instant.now().isBefore(deadline)) {
                Thread.sleep(200);
            }
            assertArrayEquals(scan, Files.readAllBytes(downloaded), "the file arrives under its Cyrillic name");
        }
    }

    @Test
    void aClerkPagesForwardAndBackThroughTheDocumentsList() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        int registered = 30;
        for (int i = 1; i <= registered; i++) {
            RegistryDesk.ok(desk.register("Письмо № " + i + " о ремонте дорог", null));
        }

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/documents.xhtml?organisation=" + desk.organisation);
            browser.waitFor(By.linkText(registered + "-вх"));
            browser.waitForPage();
            assertEquals(25, rows(browser), "the first page: the 25 newest");
            assertEquals(
                    "1–25",
                    browser.find(By.cssSelector(".ui-paginator-current")).getText());

            browser.find(By.cssSelector(".ui-paginator-next")).click();
            browser.waitFor(By.linkText("1-вх"));
            assertEquals(registered - 25, rows(browser), "the second page: the rest");
            assertFalse(browser.find(By.id("list")).getText().contains(registered + "-вх"));
            assertEquals(
                    "26–30",
                    browser.find(By.cssSelector(".ui-paginator-current")).getText());
            assertTrue(
                    browser.find(By.cssSelector(".ui-paginator-next"))
                            .getAttribute("class")
                            .contains("ui-state-disabled"),
                    "no page after the last");
            assertEquals(
                    "Следующая страница",
                    browser.find(By.cssSelector(".ui-paginator-next")).getAttribute("aria-label"),
                    "the paginator speaks Russian");
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelector('.ui-paginator').scrollIntoView({block: 'end'});");
            browser.screenshot("documents-page-2");

            browser.find(By.cssSelector(".ui-paginator-prev")).click();
            browser.waitFor(By.linkText(registered + "-вх"));
            assertEquals(25, rows(browser), "back on the first page");
            assertEquals(
                    "1–25",
                    browser.find(By.cssSelector(".ui-paginator-current")).getText());
        }
    }

    @Test
    void aClerkFiltersTheListByChoosingNotByTypingCodes() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        String inCase = desk.register("В деле 01-12", null, "01-12").json().getString("number");
        String outOfCase = desk.register("Без дела", null).json().getString("number");

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/documents.xhtml");
            browser.waitFor(By.id("filters:search"));
            browser.waitForPage();
            browser.choose("filters:organisation", "Администрация " + desk.organisation);
            browser.await()
                    .until(d -> !d.findElement(By.id("filters:caseId"))
                            .getAttribute("class")
                            .contains("ui-state-disabled"));
            browser.choose("filters:journal", "Входящие документы");
            browser.choose("filters:caseId", "01-12");
            browser.click("filters:search");

            browser.await()
                    .ignoring(StaleElementReferenceException.class)
                    .until(d -> d.findElements(By.linkText(outOfCase)).isEmpty());
            browser.waitFor(By.linkText(inCase));
        }
    }

    @Test
    void theJournalsActionsAreButtonsOfTheirOwnOnADesktopAndOnAPhone() {
        RegistryDesk desk = new RegistryDesk("{caseIndex}/{seq}");

        for (boolean phone : new boolean[] {false, true}) {
            try (Browser browser = phone ? Browser.phone() : Browser.desktop()) {
                browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
                browser.open("/journals.xhtml");
                browser.waitFor(By.id("journals"));
                browser.assertFitsTheScreen();
                String table = browser.find(By.id("journals")).getText();
                assertTrue(table.contains("Администрация " + desk.organisation), "the organisation by name: " + table);
                assertTrue(table.contains("01-01/1"), "an example number, not the pattern: " + table);
                assertFalse(table.contains("{"), table);
                var register = browser.find(By.cssSelector("a.register"));
                var list = browser.find(By.cssSelector("a.open-list"));
                assertEquals("Зарегистрировать", register.getText());
                assertEquals("Документы журнала", list.getText());
                for (var action : List.of(register, list)) {
                    var box = action.getRect();
                    assertTrue(action.isDisplayed() && box.getWidth() > 0, action.getText() + " shown");
                    assertTrue(
                            box.getX() >= 0
                                    && box.getX() + box.getWidth()
                                            <= browser.driver()
                                                    .manage()
                                                    .window()
                                                    .getSize()
                                                    .getWidth(),
                            action.getText() + " within the screen: " + box.getX() + "+" + box.getWidth());
                }
                var a = register.getRect();
                var b = list.getRect();
                assertTrue(
                        a.getX() + a.getWidth() <= b.getX() || a.getY() + a.getHeight() <= b.getY(),
                        "the two actions apart, not run together");
                browser.screenshot(phone ? "journals-phone" : "journals");
            }
        }
    }

    @Test
    void theDocumentsListFitsAPhone() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        String number =
                desk.register("Письмо, найденное с телефона", null).json().getString("number");

        try (Browser browser = Browser.phone()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/documents.xhtml?organisation=" + desk.organisation);
            browser.waitFor(By.linkText(number));
            browser.waitForPage();
            browser.assertFitsTheScreen();
            browser.screenshot("documents-phone");
        }
    }

    private static int rows(Browser browser) {
        return browser.driver()
                .findElements(By.cssSelector("[id='list:documents_data'] > tr"))
                .size();
    }

    @Test
    void aClerkOfAnotherOrganisationCannotOpenTheCardByItsAddress() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk other = new RegistryDesk("{seq}");
        long id = Cards.id(desk.register("Только для своих", null).json());

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
        long id = Cards.id(desk.register(summary, null).json());

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
        long id = Cards.id(desk.register("Письмо, открытое с телефона", null).json());

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
