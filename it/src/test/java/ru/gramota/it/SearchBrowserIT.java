package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * Search as a clerk uses it in a real browser: the README's example letter found from the header's box
 * by other forms of its words, the matching words marked in its title and its file, a facet clicked and
 * kept in the address, the card opened from the hit; at a phone's width; and a query the search refuses
 * explained on the page. Screenshots go to docs/screenshots.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SearchBrowserIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aClerkFindsTheExampleLetterFromTheHeaderByAnotherFormOfItsWords() {
        RegistryDesk desk = new RegistryDesk("01-12/{seq}");
        JsonObject letter = Cards.created(desk.clerk.post(
                "/api/v1/registrations",
                desk.incoming("О ремонте автомобильной дороги")
                        .add("correspondentNumber", "12/345")
                        .build()));
        RegistryDesk.ok(desk.clerk.upload(
                "/api/v1/registrations/" + Cards.id(letter) + "/files",
                "Смета.txt",
                "Смета на ремонт автомобильных дорог местного значения на 2027 год.".getBytes(StandardCharsets.UTF_8)));
        Awaiting.until(
                "the letter and its file are indexed",
                Duration.ofSeconds(5),
                () -> desk.clerk
                                .get("/api/v1/search?q=%D1%81%D0%BC%D0%B5%D1%82%D0%B0") // «смета»
                                .json()
                                .getJsonNumber("total")
                                .longValue()
                        == 1);

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.type("headerSearch", "ремонт автомобильных дорог");
            browser.find(By.id("headerSearch")).sendKeys(Keys.ENTER);
            browser.waitFor(By.id("total"));

            assertTrue(
                    browser.find(By.id("total")).getText().startsWith("Найдено: 1."),
                    browser.find(By.id("total")).getText());
            List<String> marked = browser.driver().findElements(By.cssSelector(".hit mark")).stream()
                    .map(WebElement::getText)
                    .toList();
            assertTrue(
                    marked.containsAll(List.of("ремонте", "автомобильной", "дороги", "ремонт", "дорог")),
                    marked.toString());
            assertTrue(browser.find(By.cssSelector(".snippet .file")).getText().startsWith("Смета.txt"));
            browser.screenshot("search");

            browser.find(By.linkText("Входящий")).click();
            browser.waitFor(By.cssSelector(".facets .remove"));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("kind=INCOMING"),
                    browser.driver().getCurrentUrl());
            assertTrue(browser.driver().getCurrentUrl().contains("q="), "the query stays in the address");
            assertTrue(browser.find(By.id("total")).getText().startsWith("Найдено: 1."));

            browser.find(By.linkText(letter.getString("number"))).click();
            browser.waitFor(By.id("number"));
            assertEquals(
                    "№ " + letter.getString("number"),
                    browser.find(By.id("number")).getText());
        }
    }

    @Test
    void theResultsFitAPhoneAndARefusedQuerySaysWhy() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        RegistryDesk.ok(desk.register("Об отключении электроснабжения в посёлке", null));
        Awaiting.until(
                "the letter is indexed",
                Duration.ofSeconds(5),
                () -> desk.clerk
                                .get("/api/v1/search?q="
                                        + java.net.URLEncoder.encode("поселка", StandardCharsets.UTF_8))
                                .json()
                                .getJsonNumber("total")
                                .longValue()
                        == 1);

        try (Browser browser = Browser.phone()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/search.xhtml?q="
                    + java.net.URLEncoder.encode("электроснабжения поселка", StandardCharsets.UTF_8));
            browser.waitFor(By.id("total"));
            assertTrue(browser.find(By.id("total")).getText().startsWith("Найдено: 1."));
            browser.assertFitsTheScreen();
            browser.screenshot("search-phone");

            browser.open("/search.xhtml?q=" + java.net.URLEncoder.encode("дата:2026-02-30", StandardCharsets.UTF_8));
            browser.waitFor(By.id("refusal"));
            assertTrue(
                    browser.find(By.id("refusal")).getText().contains("Даты 2026-02-30 нет в календаре"),
                    browser.find(By.id("refusal")).getText());
            browser.open("/search.xhtml?q=x&page=два");
            browser.waitFor(By.id("refusal"));
            assertTrue(browser.find(By.id("refusal")).getText().contains("Номер страницы"));

            // Titles and snippets are HTML with marks: what a clerk typed in a summary stays text.
            String hostile = "<img src=x onerror=alert(1)> Об электроснабжении";
            RegistryDesk.ok(desk.register(hostile, null));
            Awaiting.until(
                    "the hostile title is indexed",
                    Duration.ofSeconds(5),
                    () -> desk.clerk
                                    .get("/api/v1/search?q=onerror")
                                    .json()
                                    .getJsonNumber("total")
                                    .longValue()
                            == 1);
            browser.open("/search.xhtml?q=onerror");
            browser.waitFor(By.id("total"));
            assertEquals(hostile, browser.find(By.cssSelector(".hit-title")).getText());
            assertEquals(List.of(), browser.driver().findElements(By.cssSelector(".hit-title img")));
        }
    }

    @Test
    void administratorsSeeEachNodesIndexAndClerksAreRefused() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        try (Browser browser = Browser.desktop()) {
            browser.signIn("admin", System.getProperty("gramota.it.admin.password"));
            browser.find(By.id("navSearchIndex")).click();
            browser.waitFor(By.cssSelector(".index-state"));
            String state = browser.find(By.cssSelector(".index-state")).getText();
            assertTrue(state.equals("в актуальном состоянии") || state.startsWith("догоняет"), state);
            browser.screenshot("admin-search-index");
        }
        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/admin/search-index.xhtml");
            assertEquals("Нет доступа", browser.waitFor(By.id("errorTitle")).getText());
        }
    }
}
