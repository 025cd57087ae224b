package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Two server instances sharing one PostgreSQL database, as in a cluster, append audit records at once:
 * both run a sealer, one seals at a time, and one chain results that both verify intact, each against
 * the heads it anchored itself. PostgreSQL only: the embedded H2 file belongs to one server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "GRAMOTA_DB", matches = "postgresql")
class TwoNodeAuditIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void twoNodesAppendingAtOnceMakeOneChain() throws Exception {
        SecondServer second = SecondServer.fresh().start();
        try {
            String run = UUID.randomUUID().toString().substring(0, 6).toUpperCase();
            Api first = Api.admin();
            Api other = Api.admin().onPort(second.port());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Api.Answer>> calls = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Api node = i % 2 == 0 ? first : other;
                    JsonObject organisation = Json.createObjectBuilder()
                            .add("code", "IT-2N-" + run + "-" + i)
                            .add("name", "Поселение " + run + " " + i)
                            .add("kind", "SETTLEMENT")
                            .add("parentCode", "REGION")
                            .build();
                    calls.add(pool.submit(() -> node.post("/api/v1/organisations", organisation)));
                }
                for (Future<Api.Answer> call : calls) {
                    assertEquals(201, call.get().status(), call.get().body());
                }
            } finally {
                pool.shutdownNow();
            }

            Awaiting.until(
                    "every record sealed",
                    Duration.ofSeconds(1),
                    () -> records(first, run).stream().noneMatch(r -> !r.containsKey("hash") || r.isNull("hash")));
            List<JsonObject> records = records(first, run);
            assertEquals(200, records.size());
            Set<String> hashes = new HashSet<>();
            records.forEach(r -> hashes.add(r.getString("hash")));
            assertEquals(200, hashes.size(), "every record has a place of its own");
            JsonObject onFirst = first.get("/api/v1/audit/verification").json();
            JsonObject onOther = other.get("/api/v1/audit/verification").json();
            assertEquals(JsonValue.TRUE, onFirst.get("intact"), onFirst.toString());
            assertEquals(JsonValue.TRUE, onOther.get("intact"), onOther.toString());
            assertTrue(onFirst.getJsonNumber("recordsChecked").longValue() >= 200);
        } finally {
            second.stop();
        }
    }

    /** The run's organisations' records (objectType ORGANISATION; their codes start with the run). */
    private static List<JsonObject> records(Api admin, String run) {
        return admin.get("/api/v1/audit?objectType=ORGANISATION&limit=500").array().stream()
                .map(JsonValue::asJsonObject)
                .filter(r -> r.getString("objectId").startsWith("IT-2N-" + run + "-"))
                .toList();
    }
}
