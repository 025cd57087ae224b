package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.UUID;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Lockout with back-off, deactivation, tokens, and passwords kept out of every answer and log. The
 * test server locks for 2 s at first and at most 8 s (it/pom.xml), the production defaults being one
 * minute and one hour.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class SignInProtectionIT {

    private static final String PASSWORD = "Lesnaya-Tropa-2026";

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void fiveWrongPasswordsLockTheAccountUntilTheLockRunsOut() {
        String username = newUser();
        for (int i = 0; i < 5; i++) {
            assertEquals(401, signIn(username, "wrong-password-" + i).status());
        }

        Api.Answer whileLocked = signIn(username, PASSWORD);

        assertEquals(401, whileLocked.status(), "the right password does not open a locked account");
        assertTrue(whileLocked.json().getString("detail").contains("Wrong user name or password"));
        Awaiting.until(
                "the lock runs out",
                Duration.ofSeconds(10),
                () -> signIn(username, PASSWORD).status() == 201);
        assertTrue(
                Api.admin().get(auditOf(username)).array().stream()
                        .map(JsonValue::asJsonObject)
                        .anyMatch(r -> r.getString("action").equals("SIGN_IN_FAILED")
                                && r.getString("after").contains("\"reason\":\"LOCKED\"")),
                "the audit trail records the refusals while locked");
    }

    @Test
    void aDeactivatedAccountCannotSignInAndItsTokensStopWorking() {
        String username = newUser();
        String token = signIn(username, PASSWORD).json().getString("token");
        assertEquals(200, Api.withToken(token).get("/api/v1/me").status());

        assertEquals(200, Api.admin().delete("/api/v1/employees/" + username).status());

        assertEquals(401, signIn(username, PASSWORD).status());
        assertEquals(401, Api.withToken(token).get("/api/v1/me").status());
    }

    @Test
    void signingOutOfTheApiEndsTheToken() {
        String username = newUser();
        String token = signIn(username, PASSWORD).json().getString("token");

        assertEquals(204, Api.withToken(token).delete("/api/v1/tokens/current").status());

        assertEquals(401, Api.withToken(token).get("/api/v1/me").status());
    }

    @Test
    void aClientStillSendingAnEndedTokenCanSignInAgain() {
        String username = newUser();
        String token = signIn(username, PASSWORD).json().getString("token");
        Api.withToken(token).delete("/api/v1/tokens/current");

        Api.Answer again = Api.withToken(token)
                .post(
                        "/api/v1/tokens",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", PASSWORD)
                                .build());

        assertEquals(201, again.status(), again.body());
    }

    @Test
    void aChangedPasswordWorksAndTheOldOneNoLonger() {
        String username = newUser();
        Api user = Api.withToken(signIn(username, PASSWORD).json().getString("token"));

        Api.Answer wrongCurrent = user.put(
                "/api/v1/me/password",
                Json.createObjectBuilder()
                        .add("currentPassword", "not-my-password")
                        .add("newPassword", "Zimnyaya-Doroga-2027")
                        .build());
        Api.Answer changed = user.put(
                "/api/v1/me/password",
                Json.createObjectBuilder()
                        .add("currentPassword", PASSWORD)
                        .add("newPassword", "Zimnyaya-Doroga-2027")
                        .build());

        assertEquals(400, wrongCurrent.status());
        assertEquals(204, changed.status());
        assertEquals(401, signIn(username, PASSWORD).status());
        assertEquals(201, signIn(username, "Zimnyaya-Doroga-2027").status());
    }

    @Test
    void passwordsAndTheirHashesAppearInNoAnswerAuditRecordOrLog() throws Exception {
        String username = newUser();
        signIn(username, "Oshibochnyj-Parol-2026");

        String employee = Api.admin().get("/api/v1/employees/" + username).body();
        String audit = auditActions(username);
        String log = Files.readString(
                Path.of(System.getProperty("gramota.it.server.base"), "log", "server.log"), StandardCharsets.UTF_8);

        for (String text : new String[] {employee, audit, log}) {
            assertFalse(text.contains(PASSWORD));
            assertFalse(text.contains("Oshibochnyj-Parol-2026"));
            assertFalse(text.contains("PBKDF2WithHmac"));
        }
    }

    private static String newUser() {
        String username = "it.s" + UUID.randomUUID().toString().substring(0, 8);
        JsonObject employee = Json.createObjectBuilder()
                .add("username", username)
                .add("fullName", "Проверочный Пользователь")
                .add("password", PASSWORD)
                .add("organisationCode", "GOV")
                .build();
        Api.Answer created = Api.admin().post("/api/v1/employees", employee);
        assertEquals(201, created.status(), created.body());
        return username;
    }

    private static Api.Answer signIn(String username, String password) {
        return Api.anonymous()
                .post(
                        "/api/v1/tokens",
                        Json.createObjectBuilder()
                                .add("username", username)
                                .add("password", password)
                                .build());
    }

    private static String auditActions(String username) {
        return Api.admin().get(auditOf(username)).body();
    }

    private static String auditOf(String username) {
        return "/api/v1/audit?objectType=USER_ACCOUNT&objectId=" + username + "&limit=100";
    }
}
