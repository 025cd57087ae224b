package ru.gramota.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.condition.DisabledIfEnvironmentVariable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestPlan;

/**
 * A real OpenID Connect provider for the tests: Keycloak, unpacked by it/pom.xml from
 * {@code org.keycloak:keycloak-quarkus-dist}, started in development mode with the realm {@code
 * gramota} (resources {@code keycloak/gramota-realm.json}: the client Gramota is and its users) and
 * stopped after the test class. Each start begins with no data, so no session outlives a run.
 *
 * <p>Its first start takes one to two minutes of CPU on the 2-core test machine (Quarkus builds
 * the server for development mode, then Keycloak creates its schema and imports the realm). So when
 * the run holds a class that will use it, {@link EarlyStart} starts it at the beginning of the run,
 * at the lowest CPU priority ({@code nice}): it boots on what the other tests leave idle, and is
 * ready when that class comes. Without {@code nice} (not Linux) it starts there all the same.
 *
 * <p>Keycloak needs Java 21 or later: this JVM when it is one, otherwise {@code
 * -Dgramota.it.keycloak.java.home}, otherwise the newest such JDK under {@code /usr/lib/jvm}.
 * Ports: {@code gramota.it.keycloak.port} (18080) and {@code gramota.it.keycloak.management.port}
 * (18081).
 */
final class Keycloak implements BeforeAllCallback, AfterAllCallback {

    /** The password of every user of the test realm. */
    static final String PASSWORD = "Keycloak-Test-Key-2026";

    static final String REALM = "gramota";

    /** The test class that signs in through Keycloak. */
    private static final Class<?> USED_BY = OpenIdSignInIT.class;

    private static final Duration STARTUP = Duration.ofMinutes(3);
    private static final Pattern JAVA_VERSION = Pattern.compile("^JAVA_VERSION=\"(\\d+)", Pattern.MULTILINE);

    private static final Path HOME = Path.of(System.getProperty("gramota.it.keycloak.home"));
    private static final int PORT = Integer.getInteger("gramota.it.keycloak.port", 18080);
    private static final int MANAGEMENT_PORT = Integer.getInteger("gramota.it.keycloak.management.port", 18081);

    /** One Keycloak per test JVM: the early start's, or the test class's own. */
    private static Process process;

    private static Instant started;

    /**
     * Starts Keycloak when the test plan begins, if a class of the plan will use it: registered in
     * {@code META-INF/services/org.junit.platform.launcher.TestExecutionListener}. Stops it at the
     * end of the plan if that class did not (it was filtered out or failed to start).
     */
    public static final class EarlyStart implements TestExecutionListener {
        @Override
        public void testPlanExecutionStarted(TestPlan plan) {
            if (holds(plan, USED_BY.getName()) && !disabledHere(USED_BY)) {
                try {
                    start(true);
                } catch (IOException e) {
                    // the class starts it itself and reports why it cannot
                    System.out.println("Keycloak not started early: " + e);
                }
            }
        }

        @Override
        public void testPlanExecutionFinished(TestPlan plan) {
            stop();
        }

        /** As its {@code @DisabledIfEnvironmentVariable} decides (OpenIdSignInIT: not on PostgreSQL). */
        private static boolean disabledHere(Class<?> testClass) {
            DisabledIfEnvironmentVariable disabled = testClass.getAnnotation(DisabledIfEnvironmentVariable.class);
            if (disabled == null) {
                return false;
            }
            String value = System.getenv(disabled.named());
            return value != null && value.matches(disabled.matches());
        }

        private static boolean holds(TestPlan plan, String className) {
            return plan.getRoots().stream()
                    .flatMap(root -> plan.getDescendants(root).stream())
                    .anyMatch(test -> test.getSource()
                            .filter(ClassSource.class::isInstance)
                            .map(source -> ((ClassSource) source).getClassName().equals(className))
                            .orElse(false));
        }
    }

    /** Where the browser and Gramota find the realm. */
    URI realm() {
        return URI.create("http://localhost:" + PORT + "/realms/" + REALM);
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        Instant asked = Instant.now();
        synchronized (Keycloak.class) {
            if (process == null || !process.isAlive()) {
                start(false);
            }
        }
        awaitRealm(HOME.resolveSibling("keycloak.log"));
        System.out.printf(
                "Keycloak ready at %s after %d s, %d s of them waited for by the test%n",
                realm(),
                Duration.between(started, Instant.now()).toSeconds(),
                Duration.between(asked, Instant.now()).toSeconds());
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        stop();
    }

    private static synchronized void start(boolean inBackground) throws IOException {
        Path data = HOME.resolve("data");
        deleteRecursively(data);
        Files.createDirectories(data.resolve("import"));
        Files.writeString(data.resolve("import").resolve(REALM + "-realm.json"), realmFile());

        List<String> command = new ArrayList<>();
        if (inBackground && Files.isExecutable(Path.of("/usr/bin/nice"))) {
            command.addAll(List.of("/usr/bin/nice", "-n", "19"));
        }
        command.addAll(List.of(
                "bash",
                HOME.resolve("bin").resolve("kc.sh").toString(),
                "start-dev",
                "--http-port=" + PORT,
                "--http-management-port=" + MANAGEMENT_PORT,
                "--import-realm"));
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(HOME.toFile())
                .redirectErrorStream(true)
                .redirectOutput(HOME.resolveSibling("keycloak.log").toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("GRAMOTA_"));
        environment.put("JAVA_HOME", javaHome().toString());
        environment.put("JAVA_OPTS_KC_HEAP", "-Xms64m -Xmx512m");
        started = Instant.now();
        process = builder.start();
    }

    private static synchronized void stop() {
        if (process == null) {
            return;
        }
        List<ProcessHandle> children = process.descendants().toList();
        process.destroy();
        children.forEach(ProcessHandle::destroy);
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                children.forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
            for (ProcessHandle child : children) {
                child.onExit().get(30, TimeUnit.SECONDS);
            }
        } catch (Exception e) {
            throw new IllegalStateException("Keycloak did not stop", e);
        } finally {
            process = null;
        }
    }

    /** The realm file with this run's addresses, client secret and password filled in. */
    private static String realmFile() throws IOException {
        try (InputStream in = Keycloak.class.getResourceAsStream("/keycloak/gramota-realm.json")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .replace("@APPLICATION@", ServerEndpoints.application("").toString())
                    .replace("@CLIENT_SECRET@", System.getProperty("gramota.it.keycloak.client-secret"))
                    .replace("@PASSWORD@", PASSWORD);
        }
    }

    /** Waits until the realm answers discovery: up to {@link #STARTUP} from now. */
    private void awaitRealm(Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        HttpRequest discovery = HttpRequest.newBuilder(URI.create(realm() + "/.well-known/openid-configuration"))
                .timeout(Duration.ofSeconds(5))
                .build();
        Instant deadline = Instant.now().plus(STARTUP);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "Keycloak stopped with exit code " + process.exitValue() + ":\n" + tail(log));
            }
            try {
                if (http.send(discovery, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("Keycloak did not become ready in " + STARTUP + ":\n" + tail(log));
    }

    private static String tail(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
    }

    private static Path javaHome() throws IOException {
        String configured = System.getProperty("gramota.it.keycloak.java.home");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        if (Runtime.version().feature() >= 21) {
            return Path.of(System.getProperty("java.home"));
        }
        Path jvms = Path.of("/usr/lib/jvm");
        if (Files.isDirectory(jvms)) {
            try (Stream<Path> installed = Files.list(jvms)) {
                Optional<Path> newest = installed
                        .filter(jdk -> Files.isExecutable(jdk.resolve("bin").resolve("java")))
                        .filter(jdk -> featureVersion(jdk) >= 21)
                        .max(Comparator.comparingInt(Keycloak::featureVersion));
                if (newest.isPresent()) {
                    return newest.get();
                }
            }
        }
        throw new IllegalStateException("Keycloak needs Java 21 or later, and this JVM is " + Runtime.version()
                + ": install one under /usr/lib/jvm or set -Dgramota.it.keycloak.java.home");
    }

    private static int featureVersion(Path jdk) {
        try {
            Matcher version = JAVA_VERSION.matcher(Files.readString(jdk.resolve("release")));
            return version.find() ? Integer.parseInt(version.group(1)) : 0;
        } catch (IOException e) {
            return 0;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> {
                try {
                    Files.delete(path);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
