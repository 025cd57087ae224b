package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.List;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Records committed but not sealed when the server is killed ({@code kill -9}) are sealed at its next
 * start. A second server with a database of its own (H2 in its data directory) appends with its sealer
 * off, so that its records are certainly unsealed, is killed, and is started again with its sealer.
 * H2 only: with PostgreSQL the second server would share the database, and the first server's sealer
 * would seal the records before the kill.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@DisabledIfEnvironmentVariable(named = "GRAMOTA_DB", matches = "postgresql")
class AuditCrashIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void recordsCommittedButUnsealedWhenTheServerIsKilledAreSealedAtItsNextStart() throws Exception {
        SecondServer second = SecondServer.fresh();
        try {
            second.start(() -> signIn(second) != null, "-Dgramota.audit.sealer=false");
            for (int i = 0; i < 10; i++) {
                signIn(second); // each sign-in is an audit record
            }
            List<JsonObject> before = records(admin(second));
            List<Long> unsealed = before.stream()
                    .filter(AuditCrashIT::unsealed)
                    .map(r -> r.getJsonNumber("seq").longValue())
                    .toList();
            assertTrue(unsealed.size() >= 10, "unsealed before the kill: " + unsealed);
            // H2 writes committed transactions to its file within half a second; past that, only the
            // seal is missing.
            Thread.sleep(2000);

            second.kill();
            second.start();

            Api admin = admin(second);
            Awaiting.until(
                    "every record sealed after the restart",
                    Duration.ofSeconds(1),
                    () -> records(admin).stream().noneMatch(AuditCrashIT::unsealed));
            List<Long> after = records(admin).stream()
                    .map(r -> r.getJsonNumber("seq").longValue())
                    .toList();
            assertTrue(after.containsAll(unsealed), "no committed record lost: " + unsealed + " in " + after);
            JsonObject verification = admin.get("/api/v1/audit/verification").json();
            assertEquals(JsonValue.TRUE, verification.get("intact"), verification.toString());
        } finally {
            second.stop();
        }
    }

    /** An unsealed record has no hashes yet (JSON-B leaves null fields out). */
    private static boolean unsealed(JsonObject record) {
        return !record.containsKey("hash") || record.isNull("hash");
    }

    private static List<JsonObject> records(Api admin) {
        return admin.get("/api/v1/audit?limit=500").array().stream()
                .map(JsonValue::asJsonObject)
                .toList();
    }

    private static Api admin(SecondServer server) {
        return Api.withToken(signIn(server)).onPort(server.port());
    }

    /** Signs in as the administrator on that server: a token, or null while it does not answer yet. */
    private static String signIn(SecondServer server) {
        try {
            Api.Answer answer = Api.anonymous()
                    .onPort(server.port())
                    .post(
                            "/api/v1/tokens",
                            Json.createObjectBuilder()
                                    .add("username", "admin")
                                    .add("password", System.getProperty("gramota.it.admin.password"))
                                    .build());
            return answer.status() == 201 ? answer.json().getString("token") : null;
        } catch (RuntimeException | AssertionError e) {
            return null;
        }
    }
}
