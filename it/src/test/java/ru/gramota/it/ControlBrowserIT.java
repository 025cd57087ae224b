package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Control of execution in the browser: a manager writes a resolution on the card, picking the
 * executor and the controller as they type and seeing the deadline proposed; the executor reports;
 * the controller returns the report with a reason; the executor reports again; the controller
 * accepts, and the card is removed from control. The controller's steps at phone width.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ControlBrowserIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aResolutionIsReportedReturnedReportedAgainAndAccepted() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String manager = desk.employee("it.manager", "Петров Пётр Петрович", "MANAGER");
        String controller = desk.employee("it.controller", "Сидорова Анна Ивановна", "CONTROLLER");
        long letter = Cards.id(
                desk.register("О ремонте дороги Северный – Лесное", null).json());

        try (Browser browser = Browser.desktop()) {
            browser.signIn(manager, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + letter);
            browser.waitFor(By.id("resolutionForm:resolutionText"))
                    .sendKeys("Подготовить ответ, согласовать с дорожным отделом");
            pick(browser, "resolutionForm:responsible", "Кузн", "Кузнецов Игорь Олегович");
            browser.choose("resolutionForm:urgency", "оперативно");
            browser.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("resolutionForm:proposed"), "Срок исполнения:"));
            pick(browser, "resolutionForm:controller", "Сидор", "Сидорова Анна Ивановна");
            browser.screenshot("resolution");
            browser.click("resolutionForm:writeResolution");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("resolutions"), "Кузнецов"));
            assertTrue(
                    browser.find(By.id("control")).getText().contains("на контроле"),
                    browser.find(By.id("control")).getText());
        }

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.executorUsername, RegistryDesk.PASSWORD);
            browser.find(By.id("navAssignments")).click();
            browser.waitFor(By.id("assignments"));
            browser.screenshot("assignments");
            browser.waitFor(By.partialLinkText("Подготовить ответ")).click();
            report(browser, "Проект ответа подготовлен");
        }

        try (Browser browser = Browser.phone()) {
            browser.signIn(controller, RegistryDesk.PASSWORD);
            browser.open("/assignments.xhtml?view=to-accept");
            browser.waitFor(By.partialLinkText("Подготовить ответ")).click();
            browser.waitFor(By.id("checkForm:reason")).sendKeys("Нет ссылки на постановление");
            browser.assertFitsTheScreen();
            browser.click("checkForm:return");
            browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "на исполнении"));
        }

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.executorUsername, RegistryDesk.PASSWORD);
            browser.open("/assignments.xhtml");
            browser.waitFor(By.partialLinkText("Подготовить ответ")).click();
            report(browser, "Исправлено: добавлена ссылка на постановление");
        }

        try (Browser browser = Browser.desktop()) {
            browser.signIn(controller, RegistryDesk.PASSWORD);
            browser.open("/assignments.xhtml?view=to-accept");
            browser.waitFor(By.partialLinkText("Подготовить ответ")).click();
            browser.waitFor(By.id("checkForm:accept"));
            browser.screenshot("assignment");
            browser.click("checkForm:accept");
            browser.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "снято с контроля"));
            String history = browser.find(By.id("history")).getText();
            assertTrue(history.contains("Отчёт возвращён на доработку") && history.contains("Нет ссылки"), history);
            browser.find(By.id("document")).click();
            assertEquals(
                    "снят с контроля (по поручениям)",
                    browser.waitFor(By.id("control")).getText());
        }

        try (Browser browser = Browser.desktop()) {
            browser.signIn(manager, RegistryDesk.PASSWORD);
            browser.find(By.id("navReports")).click();
            browser.waitFor(By.id("reportForm:show")).click();
            browser.waitFor(By.cssSelector("#chart canvas"));
            String table = browser.waitFor(By.id("drill:discipline")).getText();
            assertTrue(table.contains("Кузнецов Игорь Олегович") && table.contains("100.0 %"), table);
            browser.screenshot("reports");
            browser.find(By.xpath("//*[@id='drill:discipline']//tr[contains(., 'Кузнецов')]/td[2]//a"))
                    .click();
            browser.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(By.id("behind"), "исполнено в срок"));
        }
    }

    @Test
    void aReminderInTheInboxLeadsToItsAssignment() {
        ReminderIT.DueSoon due = new ReminderIT.DueSoon();
        assertEquals(200, ReminderIT.DueSoon.run(Api.admin(), due.day).status());

        try (Browser browser = Browser.desktop()) {
            browser.signIn(due.office.desk.executorUsername, RegistryDesk.PASSWORD);
            assertEquals("Уведомления · 1", browser.find(By.id("navInbox")).getText());
            browser.find(By.id("navInbox")).click();
            browser.waitFor(By.id("notices"));
            browser.screenshot("inbox");
            browser.find(By.partialLinkText("срок поручения")).click();
            browser.waitFor(By.id("reportForm:text"));
            assertEquals("Уведомления", browser.find(By.id("navInbox")).getText(), "read once opened");
        }
    }

    private static void report(Browser browser, String text) {
        browser.waitFor(By.id("reportForm:text")).sendKeys(text);
        browser.click("reportForm:report");
        browser.await().until(ExpectedConditions.textToBePresentInElementLocated(By.id("state"), "отчёт представлен"));
    }

    /** Types into a picker and chooses the suggestion that starts with {@code label}. */
    private static void pick(Browser browser, String input, String typed, String label) {
        browser.waitFor(By.id(input + "_input")).sendKeys(typed);
        browser.waitFor(By.xpath(
                        "//*[@id='" + input + "_panel']//li[starts-with(normalize-space(.), '" + label + "')]"))
                .click();
    }
}
