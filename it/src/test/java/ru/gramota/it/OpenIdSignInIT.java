package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * Signing in through a real OpenID Connect provider, Keycloak, in a real browser: the test server runs
 * with GRAMOTA_OIDC_* pointing at the realm {@link Keycloak} starts (it/pom.xml). Only in the H2 run:
 * the sign-in does not depend on the database, and Keycloak's start costs half a minute.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisabledIfEnvironmentVariable(named = "GRAMOTA_DB", matches = "postgresql")
class OpenIdSignInIT {

    @RegisterExtension
    static final Keycloak KEYCLOAK = new Keycloak();

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aClerkSignsInAtTheProviderAndArrivesSignedInAtThePageAskedFor() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/journals.xhtml");
            browser.waitFor(By.id("oidcSignIn"));
            assertEquals(
                    "Вход через тестовый Keycloak",
                    browser.find(By.id("oidcSignIn")).getText());
            browser.screenshot("sign-in");

            browser.click("oidcSignIn");
            signInAtProvider(browser, "clerk.gov");

            assertEquals(
                    "Иванова Мария Петровна", browser.waitFor(By.id("user")).getText());
            assertTrue(
                    browser.driver().getCurrentUrl().endsWith("/journals.xhtml"),
                    browser.driver().getCurrentUrl());
        }
    }

    @Test
    void aSignInThroughTheProviderIsAuditedWithItsChannel() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/login.xhtml");
            browser.click("oidcSignIn");
            signInAtProvider(browser, "clerk.gov");
            browser.waitFor(By.id("user"));
        }

        assertTrue(
                audit("clerk.gov", "SIGN_IN").stream()
                        .anyMatch(r -> r.getString("after").contains("\"channel\":\"oidc\"")),
                "a SIGN_IN record with channel oidc");
    }

    @Test
    void aPersonWithoutAnAccountHereIsRefusedWithAMessageInRussian() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/login.xhtml");
            browser.click("oidcSignIn");
            signInAtProvider(browser, "stranger");

            String message = browser.waitFor(By.cssSelector("#messages .error")).getText();
            browser.screenshot("sign-in-refused");
            assertTrue(message.contains("пользователю stranger вход в Грамоту не разрешён"), message);
            assertSignedOut(browser);
        }
        assertTrue(
                audit("stranger", "SIGN_IN_FAILED").stream()
                        .anyMatch(r -> r.getString("after").contains("\"channel\":\"oidc\"")
                                && r.getString("after").contains("\"reason\":\"UNKNOWN_USER\"")),
                "a SIGN_IN_FAILED record with channel oidc and reason UNKNOWN_USER");
    }

    @Test
    void aDeactivatedAccountIsRefusedThoughTheProviderKnowsThePerson() {
        Api.Answer created = Api.admin()
                .post(
                        "/api/v1/employees",
                        Json.createObjectBuilder()
                                .add("username", "oidc.former")
                                .add("fullName", "Бывший Сотрудник")
                                .add("password", "Former-Employee-2026")
                                .add("organisationCode", "GOV")
                                .build());
        assertEquals(201, created.status(), created.body());
        assertEquals(200, Api.admin().delete("/api/v1/employees/oidc.former").status());

        try (Browser browser = Browser.desktop()) {
            browser.open("/login.xhtml");
            browser.click("oidcSignIn");
            signInAtProvider(browser, "oidc.former");

            String message = browser.waitFor(By.cssSelector("#messages .error")).getText();
            assertTrue(message.contains("oidc.former"), message);
            assertSignedOut(browser);
        }
        assertTrue(
                audit("oidc.former", "SIGN_IN_FAILED").stream()
                        .anyMatch(r -> r.getString("after").contains("\"reason\":\"INACTIVE\"")),
                "a SIGN_IN_FAILED record with reason INACTIVE");
    }

    @Test
    void signingOutEndsTheProvidersSessionTooSoSigningInAgainAsksForThePassword() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/login.xhtml");
            browser.click("oidcSignIn");
            signInAtProvider(browser, "clerk.gov");
            browser.waitFor(By.id("user"));

            browser.click("signOut");
            browser.waitFor(By.id("oidcSignIn"));
            assertTrue(
                    browser.driver()
                            .getCurrentUrl()
                            .startsWith(
                                    ServerEndpoints.application("/login.xhtml").toString()),
                    browser.driver().getCurrentUrl());

            browser.click("oidcSignIn");
            browser.waitFor(By.id("kc-login"));
            assertTrue(
                    browser.driver().getCurrentUrl().startsWith(KEYCLOAK.realm().toString()),
                    "the provider asks again: " + browser.driver().getCurrentUrl());
        }
        assertTrue(
                audit("clerk.gov", "SIGN_OUT").stream()
                        .anyMatch(r -> r.getString("after").contains("\"channel\":\"oidc\"")),
                "a SIGN_OUT record with channel oidc");
    }

    @Test
    void anAnswerWithATamperedStateIsRefused() {
        try (Browser browser = Browser.desktop()) {
            browser.open("/login.xhtml");
            browser.click("oidcSignIn");
            browser.waitFor(By.id("kc-login"));
            String authorization = browser.driver().getCurrentUrl();
            assertTrue(authorization.contains("state="), authorization);
            // The provider will send back whatever state it was given: not the one this session made.
            browser.driver().get(authorization.replaceFirst("state=[^&]+", "state=tampered"));
            signInAtProvider(browser, "clerk.gov");

            String message = browser.waitFor(By.cssSelector("#messages .error")).getText();
            assertTrue(message.contains("Вход не завершён"), message);
            assertSignedOut(browser);
        }
    }

    /** Keycloak's own sign-in form. */
    private static void signInAtProvider(Browser browser, String username) {
        browser.await().until(ExpectedConditions.urlContains(KEYCLOAK.realm().toString()));
        browser.waitFor(By.id("kc-login"));
        browser.type("username", username);
        browser.type("password", Keycloak.PASSWORD);
        browser.click("kc-login");
    }

    private static void assertSignedOut(Browser browser) {
        browser.open("/journals.xhtml");
        browser.waitFor(By.id("oidcSignIn"));
        assertTrue(
                browser.driver().getCurrentUrl().endsWith("/login.xhtml"),
                browser.driver().getCurrentUrl());
    }

    private static List<JsonObject> audit(String username, String action) {
        return Api.admin()
                .get("/api/v1/audit?objectType=USER_ACCOUNT&objectId=" + username + "&limit=100")
                .array()
                .stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("action").equals(action))
                .toList();
    }
}
