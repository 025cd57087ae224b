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
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Signing in through the real form, as a browser does (the browser suite comes with the UI issue). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInIT {

    private static final Pattern VIEW_STATE =
            Pattern.compile("name=\"jakarta.faces.ViewState\"[^>]*value=\"([^\"]+)\"");
    private static final Pattern CSP_NONCE = Pattern.compile("PrimeFaces\\.csp\\.init\\('([^']+)'\\)");

    private final HttpClient browser = HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aVisitorWhoIsNotSignedInIsShownTheSignInPage() throws Exception {
        HttpResponse<String> home = get("/");

        assertTrue(home.uri().getPath().endsWith("/login.xhtml"), home.uri().toString());
        assertTrue(home.body().contains("Войти"));
    }

    @Test
    void theInitialAdministratorSignsInWithThePasswordFromTheEnvironment() throws Exception {
        HttpResponse<String> page = signIn("admin", System.getProperty("gramota.it.admin.password"));

        assertEquals(200, page.statusCode());
        assertTrue(page.body().contains("id=\"user\" title=\"admin\">Администратор системы</span>"), page.body());
        assertTrue(page.body().contains("Администратор системы"), page.body());
    }

    @Test
    void aWrongPasswordIsRefusedWithAMessageInRussian() throws Exception {
        HttpResponse<String> page = signIn("admin", "not-the-password");

        assertTrue(page.body().contains("Неверное имя пользователя или пароль"), page.body());
        assertFalse(get("/").uri().getPath().equals("/"), "still not signed in");
    }

    @Test
    void signingOutEndsTheSession() throws Exception {
        signIn("admin", System.getProperty("gramota.it.admin.password"));

        browser.send(
                HttpRequest.newBuilder(ServerEndpoints.application("/logout"))
                        .POST(HttpRequest.BodyPublishers.noBody())
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertTrue(get("/").uri().getPath().endsWith("/login.xhtml"));
    }

    private HttpResponse<String> signIn(String username, String password) throws Exception {
        HttpResponse<String> form = get("/login.xhtml");
        Matcher viewState = VIEW_STATE.matcher(form.body());
        assertTrue(viewState.find(), "the sign-in form carries a view state");
        // As a browser does: PrimeFaces' script adds the page's CSP nonce to every form it posts.
        Map<String, String> fields = new LinkedHashMap<>();
        Matcher nonce = CSP_NONCE.matcher(form.body());
        if (nonce.find()) {
            fields.put("primefaces.nonce", nonce.group(1));
        }
        fields.put("signIn", "signIn");
        fields.put("username", username);
        fields.put("password", password);
        fields.put("submit", "Войти");
        fields.put("jakarta.faces.ViewState", viewState.group(1));
        String body = fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return browser.send(
                HttpRequest.newBuilder(ServerEndpoints.application("/login.xhtml"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return browser.send(
                HttpRequest.newBuilder(ServerEndpoints.application(path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
