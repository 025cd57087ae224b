package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * The card page as the registry's workplace, in a real browser: every requisite in words; a
 * correction (errors under their fields, a stale version refused with what was typed kept), a
 * cancellation (refused without a reason), a link by number (an unknown number and another
 * organisation's card refused alike), a file attached (a program refused), the printed card [РКК]
 * as a PDF; and a reader who is not the registry sees no actions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class CardBrowserIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void everyRequisiteShowsInWordsAndACorrectionShowsErrorsUnderTheirFieldsThenSaves() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        JsonObject letter = richLetter(desk);
        long id = Cards.id(letter);

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + id);
            String requisites = browser.waitFor(By.id("requisites")).getText();
            for (String shown : new String[] {
                "Администрация " + desk.organisation,
                "Входящие документы",
                "Входящий",
                "зарегистрирован",
                "Смирнова Анна Петровна",
                "Министерство транспорта " + desk.organisation + " № 01-12/345",
                "Заместитель министра Петров А. А.",
                "Кузнецов Игорь Олегович",
                "Общий отдел",
                "почта",
                "01-12 «Переписка с министерствами области», хранить 5 лет, ст. 31 б",
                "общий"
            }) {
                assertTrue(requisites.contains(shown), shown + " in\n" + requisites);
            }
            assertEquals("3", browser.find(By.id("pages")).getText());
            assertFalse(requisites.contains(desk.clerkUsername), "people by name, not by login");
            assertFalse(requisites.contains(desk.organisation + ", журнал"), "organisations by name, not by code");

            browser.find(By.id("correct")).click();
            WebElement title = browser.waitFor(By.id("correction:title"));
            assertEquals("О ремонте дороги", title.getAttribute("value"), "the form holds the card");
            assertEquals(
                    "01-12/345",
                    browser.find(By.id("correction:correspondentNumber")).getAttribute("value"));
            title.clear();
            browser.click("correction:save");
            assertFalse(browser.errorUnder("correction:title").isBlank());
            assertEquals(letter.getString("title"), card(desk, id).getString("title"), "nothing saved");

            browser.find(By.id("correction:title")).sendKeys("О ремонте дороги Северный – Лесное");
            browser.click("correction:save");
            browser.waitFor(By.id("edited"));
            assertEquals(
                    "О ремонте дороги Северный – Лесное",
                    browser.find(By.id("title")).getText());
            assertTrue(browser.find(By.id("messages")).getText().contains("Карточка исправлена"));
            JsonObject corrected = card(desk, id);
            assertEquals("О ремонте дороги Северный – Лесное", corrected.getString("title"));
            assertEquals("почта", corrected.getString("deliveryChannel"), "what the form does not change stays");
            assertEquals(3, corrected.getInt("pages"));
            assertEquals(
                    desk.executorUsername, corrected.getJsonObject("executor").getString("username"));
        }
    }

    @Test
    void aCorrectionOfACardSomeoneElseChangedMeanwhileIsRefusedAndKeepsWhatWasTyped() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        JsonObject letter = Cards.created(desk.register("О вывозе снега", null));
        long id = Cards.id(letter);

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/correct.xhtml?id=" + id);
            WebElement title = browser.waitFor(By.id("correction:title"));
            assertEquals(
                    200,
                    desk.clerk
                            .put(
                                    "/api/v1/registrations/" + id,
                                    Json.createObjectBuilder()
                                            .add(
                                                    "version",
                                                    letter.getJsonNumber("version")
                                                            .longValue())
                                            .add("title", "О вывозе снега (исправлено другим)")
                                            .add("correspondentId", desk.senderId)
                                            .build())
                            .status());

            title.clear();
            title.sendKeys("О вывозе снега с улиц");
            browser.click("correction:save");

            browser.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("messages"), "исправил другой сотрудник"));
            assertEquals(
                    "О вывозе снега с улиц",
                    browser.find(By.id("correction:title")).getAttribute("value"));
            browser.scrollToTop().screenshot("card-stale");
            assertEquals("О вывозе снега (исправлено другим)", card(desk, id).getString("title"));
        }
    }

    @Test
    void aCancellationNeedsAReasonAndTheCardThenShowsItCancelledWithTheReason() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        long id = Cards.id(Cards.created(desk.register("Ошибочная регистрация", null)));

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + id);
            browser.waitFor(By.id("cancelRegistration"));
            browser.waitForPage();
            browser.click("cancelRegistration");
            browser.waitFor(By.id("cancelForm:reason"));
            browser.click("cancelForm:confirmCancel");
            assertFalse(browser.errorUnder("cancelForm:reason").isBlank());
            assertEquals("REGISTERED", card(desk, id).getString("status"), "nothing cancelled without a reason");

            browser.find(By.id("cancelForm:reason")).sendKeys("Зарегистрирован повторно по ошибке");
            browser.click("cancelForm:confirmCancel");
            String reason = browser.waitFor(By.id("cancellationReason")).getText();

            assertEquals("Зарегистрирован повторно по ошибке", reason);
            assertTrue(browser.find(By.id("number")).getText().contains("регистрация отменена"));
            assertTrue(browser.driver().findElements(By.id("correct")).isEmpty(), "a cancelled card is not corrected");
            assertEquals("CANCELLED", card(desk, id).getString("status"));
        }
    }

    @Test
    void aLinkToAnUnknownNumberOrAnotherOrganisationsCardIsRefusedAlikeAndAKnownNumberLinks() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        RegistryDesk other = new RegistryDesk("{seq}-вх");
        JsonObject request = Cards.created(desk.register("Запрос о графике работ", null));
        long reply = Cards.id(Cards.created(desk.register("Уточнение графика работ", null)));
        // The desk's journal has given 1-вх and 2-вх; the other organisation's third letter, 3-вх, is
        // a number only a card the clerk may not read has.
        other.register("Чужое письмо", null);
        other.register("Ещё одно чужое письмо", null);
        String otherNumber =
                Cards.created(other.register("Третье чужое письмо", null)).getString("number");

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + reply);
            browser.waitFor(By.id("linkForm:linkNumber"));
            browser.waitForPage();

            browser.type("linkForm:linkNumber", "999-нет");
            browser.click("linkForm:addLink");
            String unknown = browser.errorUnder("linkForm:linkNumber");
            assertTrue(unknown.contains("999-нет"), unknown);

            browser.type("linkForm:linkNumber", otherNumber);
            browser.click("linkForm:addLink");
            browser.await().until(d -> browser.errorUnder("linkForm:linkNumber").contains(otherNumber));
            assertEquals(
                    unknown.replace("999-нет", otherNumber),
                    browser.errorUnder("linkForm:linkNumber"),
                    "another organisation's card is refused as if it did not exist");

            browser.choose("linkForm:linkType", "в ответ на");
            browser.type("linkForm:linkNumber", request.getString("number"));
            browser.click("linkForm:addLink");
            browser.await()
                    .until(ExpectedConditions.textToBePresentInElementLocated(
                            By.id("links"), "в ответ на № " + request.getString("number")));
            assertEquals(1, card(desk, reply).getJsonArray("links").size());
            assertTrue(browser.find(By.id("history")).getText().contains("Добавлена связь"));
            // Tall enough to show the actions under the files and the links too.
            browser.driver().manage().window().setSize(new Dimension(1366, 1300));
            browser.scrollToTop().screenshot("card-actions");
        }
    }

    @Test
    void aScanIsAttachedOnTheCardAndAProgramRefused() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        long id = Cards.id(Cards.created(desk.register("Письмо без скана", null)));
        byte[] program = new byte[4096];
        new Random(7).nextBytes(program);
        program[0] = 'M';
        program[1] = 'Z';
        Path directory = Files.createTempDirectory("gramota-it-card-");
        Path exe = Files.write(directory.resolve("Счёт.exe"), program);
        Path pdf = Files.write(directory.resolve("Скан письма.pdf"), FileAttachmentIT.pdf(2));

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + id);
            browser.waitFor(By.id("attachForm"));
            browser.waitForPage();

            browser.find(By.id("attachForm:upload_input")).sendKeys(pdf.toString());
            browser.waitFor(By.xpath("//*[@id='files']//a[text()='Скан письма.pdf']"));
            assertEquals(
                    "Скан письма.pdf",
                    card(desk, id).getJsonArray("files").getJsonObject(0).getString("fileName"));
            assertTrue(browser.find(By.id("history")).getText().contains("Приложен файл"));

            browser.find(By.id("attachForm:upload_input")).sendKeys(exe.toString());
            String refusal = browser.waitFor(By.xpath("//*[@id='attachForm:upload-error'][normalize-space(.)!='']"))
                    .getText();
            assertTrue(refusal.contains("не принимаются"), refusal);
            assertEquals(1, card(desk, id).getJsonArray("files").size(), "the program is not attached");
        } finally {
            Files.deleteIfExists(exe);
            Files.deleteIfExists(pdf);
            Files.deleteIfExists(directory);
        }
    }

    @Test
    void thePrintedCardIsAPdfWithTheNumberAndSummaryForReadersOnly() throws Exception {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        RegistryDesk other = new RegistryDesk("{seq}-вх");
        JsonObject letter = richLetter(desk);
        long id = Cards.id(letter);

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + id);
            String href = browser.waitFor(By.id("print")).getAttribute("href");
            HttpResponse<byte[]> printed = get(href, browser);

            assertEquals(200, printed.statusCode());
            assertEquals(
                    "application/pdf",
                    printed.headers().firstValue("Content-Type").orElse(""));
            try (PDDocument pdf = Loader.loadPDF(printed.body())) {
                String text = new PDFTextStripper().getText(pdf);
                assertTrue(text.contains("Регистрационно-контрольная карточка"), text);
                assertTrue(text.contains("№ " + letter.getString("number")), text);
                assertTrue(text.contains("О ремонте дороги"), text);
                assertTrue(text.contains("Кузнецов Игорь Олегович"), text);
                assertTrue(text.contains("Общий отдел"), text);
            }
        }
        try (Browser browser = Browser.desktop()) {
            browser.signIn(other.clerkUsername, RegistryDesk.PASSWORD);
            HttpResponse<byte[]> refused =
                    get(ServerEndpoints.application("/print/" + id).toString(), browser);
            assertEquals(404, refused.statusCode(), "another organisation's card answers as a missing one");
            assertFalse(new String(refused.body(), java.nio.charset.StandardCharsets.ISO_8859_1).startsWith("%PDF"));
        }
    }

    @Test
    void aReaderWhoIsNotTheRegistrySeesTheCardWithoutActions() {
        RegistryDesk desk = new RegistryDesk("{seq}-вх");
        long id = Cards.id(Cards.created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("Письмо исполнителю")
                        .add("executor", desk.executorUsername)
                        .build())));

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.executorUsername, RegistryDesk.PASSWORD);
            browser.open("/document.xhtml?id=" + id);
            assertEquals("Письмо исполнителю", browser.waitFor(By.id("title")).getText());

            for (String action :
                    new String[] {"correct", "cancelRegistration", "linkForm", "attachForm", "cancelForm"}) {
                assertTrue(browser.driver().findElements(By.id(action)).isEmpty(), action + " is not shown");
            }
            assertTrue(browser.find(By.id("print")).isDisplayed(), "a reader may print the card");
            browser.open("/correct.xhtml?id=" + id);
            assertTrue(browser.waitFor(By.id("refusal")).getText().contains("только регистратура"));
        }
    }

    /** An incoming letter with every requisite the card shows. */
    private static JsonObject richLetter(RegistryDesk desk) {
        RegistryDesk.ok(desk.admin.post(
                "/api/v1/organisations/" + desk.organisation + "/departments",
                Json.createObjectBuilder()
                        .add("code", "OO")
                        .add("name", "Общий отдел")
                        .build()));
        return Cards.created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("О ремонте дороги")
                        .add("correspondentNumber", "01-12/345")
                        .add(
                                "correspondentDate",
                                ServerTime.today().minusDays(2).toString())
                        .add("signatoryName", "Заместитель министра Петров А. А.")
                        .add("executor", desk.executorUsername)
                        .add("departmentCode", "OO")
                        .add("deliveryChannel", "почта")
                        .add("pages", 3)
                        .add("caseIndex", "01-12")
                        .build()));
    }

    private static JsonObject card(RegistryDesk desk, long id) {
        return desk.clerk.get("/api/v1/registrations/" + id).json();
    }

    /** A GET with the browser's session, as a click on a link would send it. */
    private static HttpResponse<byte[]> get(String url, Browser browser) throws Exception {
        StringBuilder cookies = new StringBuilder();
        for (Cookie cookie : browser.driver().manage().getCookies()) {
            cookies.append(cookies.isEmpty() ? "" : "; ")
                    .append(cookie.getName())
                    .append('=')
                    .append(cookie.getValue());
        }
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(java.net.URI.create(url))
                                .header("Cookie", cookies.toString())
                                .GET()
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());
    }
}
