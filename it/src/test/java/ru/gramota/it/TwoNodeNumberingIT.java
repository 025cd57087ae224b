package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Numbering across two server instances sharing one PostgreSQL database, as in a cluster: a second
 * WildFly is started beside the Arquillian one (port offset 200, its own base directory, its own
 * JGroups group), the EAR deployed into both, and 200 registrations split between them.
 * PostgreSQL only: the embedded H2 file belongs to one server.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
@EnabledIfEnvironmentVariable(named = "GRAMOTA_DB", matches = "postgresql")
class TwoNodeNumberingIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void twoHundredRegistrationsSplitAcrossTwoServersGetConsecutiveNumbers() throws Exception {
        SecondServer second = SecondServer.fresh().start();
        try {
            RegistryDesk desk = new RegistryDesk("{seq}");
            Api first = desk.clerk;
            Api other = desk.clerk.onPort(second.port());
            ExecutorService pool = Executors.newFixedThreadPool(16);
            List<Future<Api.Answer>> calls = new ArrayList<>();
            try {
                for (int i = 0; i < 200; i++) {
                    Api node = i % 2 == 0 ? first : other;
                    String title = "Письмо " + i;
                    calls.add(pool.submit(() -> node.post(
                            "/api/v1/registrations",
                            desk.registration(title, ServerTime.today().toString(), null))));
                }
                Set<Integer> sequences = new TreeSet<>();
                for (Future<Api.Answer> call : calls) {
                    Api.Answer answer = call.get();
                    assertEquals(201, answer.status(), answer.body());
                    sequences.add(answer.json().getInt("sequence"));
                }
                assertEquals(IntStream.rangeClosed(1, 200).boxed().collect(Collectors.toSet()), sequences);
            } finally {
                pool.shutdownNow();
            }
        } finally {
            second.stop();
        }
    }
}
