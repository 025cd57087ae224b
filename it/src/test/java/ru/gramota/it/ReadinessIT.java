package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReadinessIT {

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void theServerIsReadyWithTheDatabaseAndTheBrokerUp() throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(ServerEndpoints.management("/health/ready"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertEquals(200, response.statusCode(), response.body());
        assertTrue(checkIsUp(response.body(), "database"), response.body());
        assertTrue(checkIsUp(response.body(), "broker"), response.body());
        assertTrue(checkIsUp(response.body(), "audit-sealing"), response.body());
        assertTrue(checkIsUp(response.body(), "search-index"), response.body());
    }

    /**
     * A node is alone unless a cluster is asked for (GRAMOTA_CLUSTER_MEMBERS), whatever other
     * WildFly runs nearby, and a clean start says nothing an operator would have to act on.
     */
    @Test
    void theServerStartsAloneAndWithoutWarnings() throws Exception {
        List<String> log = Files.readAllLines(
                Path.of(System.getProperty("gramota.it.server.base"), "log", "server.log"), StandardCharsets.UTF_8);
        int ready = indexOf(log, "Gramota is ready");
        assertTrue(ready >= 0, "The server log has no line saying the application is ready");

        // From the server's start to the first deployment's readiness; the initial administrator's and
        // the demo users' passwords are shown as warnings on purpose, so that they stand out once.
        List<String> warnings = log.subList(0, ready).stream()
                .filter(line -> line.matches("^\\S+ \\S+ (WARN|WARNING|ERROR|SEVERE) .*"))
                .filter(line -> !line.contains("[ru.gramota.access.InitialAdministrator]")
                        && !line.contains("[ru.gramota.demo.DemoRegion]"))
                .toList();
        assertEquals(List.of(), warnings, "Warnings while the server started");
        assertTrue(
                log.stream().anyMatch(line -> line.contains("no members discovered")),
                "JGroups looked for other nodes and found some, or did not start");
        assertTrue(log.stream().noneMatch(line -> line.contains("AMQ224058")), "Artemis tried to form a cluster");
    }

    private static int indexOf(List<String> lines, String text) {
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean checkIsUp(String json, String name) {
        return Pattern.compile("\\{\"name\":\"" + name + "\",\"status\":\"UP\"")
                .matcher(json.replace(" ", ""))
                .find();
    }
}
