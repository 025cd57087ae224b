package ru.gramota.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
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

    private static final int SECOND_OFFSET = 200;

    @Deployment(name = GramotaDeployment.SHARED)
    static EnterpriseArchive deployment() {
        return GramotaDeployment.shared();
    }

    @Test
    void twoHundredRegistrationsSplitAcrossTwoServersGetConsecutiveNumbers() throws Exception {
        Process second = startSecondServer();
        try {
            RegistryDesk desk = new RegistryDesk("{seq}");
            Api first = desk.clerk;
            Api other = desk.clerk.onPort(8080 + SECOND_OFFSET);
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
            stop(second);
        }
    }

    private static Process startSecondServer() throws Exception {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path firstBase = Path.of(System.getProperty("gramota.it.server.base"));
        Path base = firstBase.resolveSibling("server-base-2");
        deleteTree(base);
        // The configured server as the build left it: no deployments, no data.
        copyTree(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(
                Path.of(System.getProperty("gramota.it.ear")),
                base.resolve("deployments").resolve("gramota.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        Process process = new ProcessBuilder(
                        home.resolve("bin").resolve("standalone.sh").toString(),
                        "-c",
                        "gramota.xml",
                        "-Djboss.server.base.dir=" + base,
                        "-Djboss.socket.binding.port-offset=" + SECOND_OFFSET,
                        "-Djboss.node.name=node2",
                        "-Djboss.tx.node.id=node2")
                .redirectErrorStream(true)
                .redirectOutput(base.resolve("console.log").toFile())
                .start();
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + (9990 + SECOND_OFFSET) + "/health/ready");
        Awaiting.until("the second server is ready", Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("The second server stopped; see " + base.resolve("console.log"));
            }
            try {
                return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString())
                                .statusCode()
                        == 200;
            } catch (IOException | InterruptedException e) {
                return false;
            }
        });
        return process;
    }

    private static void stop(Process process) throws InterruptedException {
        process.descendants().forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static void copyTree(Path from, Path to) throws IOException {
        try (Stream<Path> paths = Files.walk(from)) {
            for (Path path : (Iterable<Path>) paths::iterator) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else if (!path.toString().contains("standalone_xml_history")) {
                    Files.copy(path, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.delete(path);
            }
        }
    }
}
