package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import jakarta.json.JsonValue;
import java.time.Duration;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A node killed ({@code kill -9}) while its indexer applies a stream of registrations resumes from the
 * position committed with its index: after the restart it finds every card exactly once. A second
 * server sharing the PostgreSQL database is the node killed; the Arquillian one keeps registering.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "GRAMOTA_DB", matches = "postgresql")
class SearchCrashIT {

    private static final int CARDS = 200;

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void aNodeKilledWhileIndexingFindsEveryCardExactlyOnceAfterItsRestart() throws Exception {
        SecondServer second = SecondServer.fresh().start();
        try {
            RegistryDesk desk = new RegistryDesk("{seq}");
            String word = UniqueWords.of("сбой");
            AtomicInteger registered = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread clerk = new Thread(() -> {
                try {
                    for (int i = 0; i < CARDS; i++) {
                        RegistryDesk.ok(desk.register("Письмо " + i + " " + word, null));
                        registered.incrementAndGet();
                    }
                } catch (RuntimeException | AssertionError e) {
                    failure.set(e);
                }
            });
            clerk.start();
            Awaiting.until("half the cards registered", Duration.ofSeconds(60), () -> registered.get() >= CARDS / 2);
            second.kill();
            clerk.join();
            assertNull(failure.get());

            second.start();
            Api other = desk.clerk.onPort(second.port());
            Awaiting.until(
                    "every card found on the restarted node",
                    Duration.ofSeconds(10),
                    () -> total(other, word) == CARDS);
            Set<Long> ids = new HashSet<>();
            for (int page = 1; page <= 2; page++) {
                other
                        .get("/api/v1/search?size=100&order=oldest&page=" + page + "&q="
                                + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
                        .json()
                        .getJsonArray("hits")
                        .stream()
                        .map(JsonValue::asJsonObject)
                        .forEach(hit -> ids.add(hit.getJsonNumber("id").longValue()));
            }
            assertEquals(CARDS, ids.size(), "every card once");
            assertEquals(CARDS, total(other, word));
            assertEquals(CARDS, total(desk.clerk, word), "as on the node that was not killed");
        } finally {
            second.stop();
        }
    }

    private static long total(Api node, String word) {
        return node.get("/api/v1/search?q=" + java.net.URLEncoder.encode(word, java.nio.charset.StandardCharsets.UTF_8))
                .json()
                .getJsonNumber("total")
                .longValue();
    }
}
