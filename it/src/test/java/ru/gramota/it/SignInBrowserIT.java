package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.CookieManager;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Every way a person can fail at the door, in a real browser: a mistyped password, an unknown user,
 * an empty form, a page left open after the session ended (a button that sends by Ajax and a plain
 * link), a page that does not exist, a page the user may not open. Each ends on a page in Russian,
 * never on an HTTP 500, a stack trace or the server's name and versions.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInBrowserIT {

    /** What only a server's own error page shows. */
    private static final List<String> TECHNICAL =
            List.of("Exception", "at org.", "at jakarta.", "WildFly", "Undertow", "Mojarra", "Caused by");

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aMistypedPasswordAnUnknownUserAndAnEmptyFormAreRefusedOnTheSignInPage() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        try (Browser browser = Browser.desktop()) {
            refused(browser, desk.clerkUsername, "not-the-password", "Неверное имя пользователя или пароль");
            assertEquals(
                    desk.clerkUsername,
                    browser.find(By.id("username")).getAttribute("value"),
                    "the user name typed stays in its field");
            browser.screenshot("sign-in-wrong-password");
            refused(
                    browser,
                    "nobody-" + desk.organisation,
                    RegistryDesk.PASSWORD,
                    "Неверное имя пользователя или пароль");
            refused(browser, "", "", "Введите имя пользователя");
            refused(browser, desk.clerkUsername, "", "Введите пароль");

            browser.driver().navigate().refresh();
            browser.waitFor(By.id("submit"));
            assertFalse(
                    browser.find(By.tagName("body")).getText().contains("Неверное"),
                    "the refusal is shown once; reloading does not send the password again");

            browser.type("username", desk.clerkUsername);
            browser.type("password", RegistryDesk.PASSWORD);
            browser.click("submit");
            browser.waitFor(By.id("user"));
        }
    }

    @Test
    void aRefusedSignInAnswersWithARedirectToTheSignInPageNotAnError() throws Exception {
        HttpClient http = HttpClient.newBuilder()
                .cookieHandler(new CookieManager())
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
        HttpResponse<String> form = http.send(
                HttpRequest.newBuilder(ServerEndpoints.application("/login.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertTrue(viewState.find(), form.body());
        assertEquals("stateless", viewState.group(1), "a sign-in page left open for hours never expires");
        noServerVersions(form);

        // As Chromium sends it: the sign-in page loads no PrimeFaces, so no script nonce is posted.
        String body = "signIn=signIn&username=admin&password=wrong&submit="
                + URLEncoder.encode("Войти", StandardCharsets.UTF_8) + "&jakarta.faces.ViewState="
                + URLEncoder.encode(viewState.group(1), StandardCharsets.UTF_8);
        HttpResponse<String> refused = http.send(
                HttpRequest.newBuilder(ServerEndpoints.application("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertEquals(302, refused.statusCode(), refused.body());
        assertTrue(refused.headers().firstValue("Location").orElseThrow().endsWith("/login.xhtml"));
        noServerVersions(refused);
        HttpResponse<String> shown = http.send(
                HttpRequest.newBuilder(ServerEndpoints.application("/login.xhtml"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, shown.statusCode());
        assertTrue(shown.body().contains("Неверное имя пользователя или пароль"), shown.body());
    }

    @Test
    void aPageLeftOpenAfterItsSessionEndedLeadsToTheSignInPageAndBack() {
        RegistryDesk desk = new RegistryDesk("{seq}");
        String number = desk.register("Письмо, найденное после нового входа", null)
                .json()
                .getString("number");
        String documents = "/documents.xhtml?organisation=" + desk.organisation;

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open(documents);
            browser.waitFor(By.id("filters:search"));
            browser.waitForPage();

            // A button that sends by Ajax, on a page whose session has ended.
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.click("filters:search");
            signInAgain(browser, desk.clerkUsername);
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith(documents),
                    browser.driver().getCurrentUrl());
            browser.waitFor(By.linkText(number));

            // A plain link.
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.click("navJournals");
            signInAgain(browser, desk.clerkUsername);
            browser.waitFor(By.id("journals"));
            assertTrue(
                    browser.driver().getCurrentUrl().contains("/journals.xhtml"),
                    browser.driver().getCurrentUrl());

            // Signing out of a session that has ended.
            browser.driver().manage().deleteCookieNamed("JSESSIONID");
            browser.click("signOut");
            browser.waitFor(By.id("username"));
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("/login.xhtml"),
                    browser.driver().getCurrentUrl());
            noTechnicalText(browser);
        }
    }

    @Test
    void aPageTheServerNoLongerRemembersSaysSoInRussian() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/documents.xhtml");
            browser.waitFor(By.id("filters:search"));
            browser.waitForPage();
            // The session lives on, the page's view is gone (as after many pages opened since).
            ((JavascriptExecutor) browser.driver())
                    .executeScript("document.querySelectorAll(\"input[name='jakarta.faces.ViewState']\")"
                            + ".forEach(i => i.value = '-1:-1');");
            browser.click("filters:search");

            assertEquals(
                    "Страница устарела", browser.waitFor(By.id("errorTitle")).getText());
            noTechnicalText(browser);
        }
    }

    @Test
    void aPageThatDoesNotExistAndAPageTheUserMayNotOpenAreShownInRussian() {
        RegistryDesk desk = new RegistryDesk("{seq}");

        try (Browser browser = Browser.desktop()) {
            browser.signIn(desk.clerkUsername, RegistryDesk.PASSWORD);
            browser.open("/no-such-page.xhtml");
            assertEquals(
                    "Страница не найдена", browser.waitFor(By.id("errorTitle")).getText());
            noTechnicalText(browser);

            browser.open("/admin/organisations.xhtml");
            assertEquals("Нет доступа", browser.waitFor(By.id("errorTitle")).getText());
            noTechnicalText(browser);
        }
    }

    /**
     * Whether an element of the page before is gone. While Chromium replaces the page, asking about it
     * may fail with "node does not belong to the document" rather than as a stale element: gone too.
     */
    private static boolean gone(WebElement element) {
        try {
            element.isEnabled();
            return false;
        } catch (WebDriverException e) {
            return true;
        }
    }

    private static void refused(Browser browser, String username, String password, String message) {
        browser.open("/login.xhtml");
        browser.type("username", username);
        browser.type("password", password);
        WebElement form = browser.driver().findElement(By.tagName("html"));
        browser.click("submit");
        // The answer is a redirect back here: read the message from the new page, not the one sent.
        browser.await().until(d -> gone(form));
        String shown = browser.waitFor(By.id("messages")).getText();
        assertTrue(shown.contains(message), shown);
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/login.xhtml"),
                browser.driver().getCurrentUrl());
        noTechnicalText(browser);
    }

    /** Signs in again on the sign-in page a page left open has led to. */
    private static void signInAgain(Browser browser, String username) {
        browser.await().until(ExpectedConditions.urlContains("/login.xhtml"));
        browser.waitFor(By.id("username"));
        noTechnicalText(browser);
        browser.type("username", username);
        browser.type("password", RegistryDesk.PASSWORD);
        browser.click("submit");
        browser.waitFor(By.id("user"));
    }

    /** What a person sees: the page's title and text. */
    private static void noTechnicalText(Browser browser) {
        String page = browser.driver().getTitle() + "\n"
                + browser.find(By.tagName("body")).getText();
        for (String technical : TECHNICAL) {
            assertFalse(page.contains(technical), "the page shows «" + technical + "»:\n" + page);
        }
    }

    private static void noServerVersions(HttpResponse<String> answer) {
        assertTrue(
                answer.headers().firstValue("X-Powered-By").isEmpty(),
                answer.headers().toString());
        String server = answer.headers().firstValue("Server").orElse("");
        assertFalse(server.matches(".*\\d.*"), "Server: " + server);
    }
}
