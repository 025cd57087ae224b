package ru.gramota.it;

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
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;

/**
 * A second WildFly beside the Arquillian one (port offset 200, its own base directory, node name and
 * JGroups group), with the EAR deployed. With PostgreSQL it shares the database with the first, as a
 * cluster node does; with H2 it has a database of its own in its data directory.
 */
final class SecondServer {

    static final int OFFSET = 200;

    private final Path base;
    private Process process;

    private SecondServer(Path base) {
        this.base = base;
    }

    /** A fresh base directory: the configured server as the build left it, no data, the EAR. */
    static SecondServer fresh() throws IOException {
        Path home = Path.of(System.getProperty("jboss.home"));
        Path base = Path.of(System.getProperty("gramota.it.server.base")).resolveSibling("server-base-2");
        deleteTree(base);
        copyTree(home.resolve("standalone").resolve("configuration"), base.resolve("configuration"));
        Files.createDirectories(base.resolve("deployments"));
        Files.copy(
                Path.of(System.getProperty("gramota.it.ear")),
                base.resolve("deployments").resolve("gramota.ear"),
                StandardCopyOption.REPLACE_EXISTING);
        return new SecondServer(base);
    }

    /** Starts the server with these extra system properties and waits until it is ready. */
    SecondServer start(String... properties) {
        HttpClient http = HttpClient.newHttpClient();
        URI ready = URI.create("http://localhost:" + (9990 + OFFSET) + "/health/ready");
        return start(
                () -> {
                    try {
                        return http.send(HttpRequest.newBuilder(ready).build(), HttpResponse.BodyHandlers.ofString())
                                        .statusCode()
                                == 200;
                    } catch (IOException | InterruptedException e) {
                        return false;
                    }
                },
                properties);
    }

    /** Starts the server with these extra system properties and waits until {@code up} holds. */
    SecondServer start(BooleanSupplier up, String... properties) {
        Path home = Path.of(System.getProperty("jboss.home"));
        List<String> command = new ArrayList<>(List.of(
                home.resolve("bin").resolve("standalone.sh").toString(),
                "-c",
                "gramota.xml",
                "-Djboss.server.base.dir=" + base,
                "-Djboss.socket.binding.port-offset=" + OFFSET,
                "-Djboss.node.name=node2",
                "-Djboss.tx.node.id=node2"));
        command.addAll(List.of(properties));
        try {
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(
                            base.resolve("console.log").toFile()))
                    .start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start the second server", e);
        }
        Awaiting.until("the second server is up", Duration.ofSeconds(180), () -> {
            if (!process.isAlive()) {
                throw new AssertionError("The second server stopped; see " + base.resolve("console.log"));
            }
            return up.getAsBoolean();
        });
        return this;
    }

    /** Its HTTP port. */
    int port() {
        return 8080 + OFFSET;
    }

    /** What it has written to its console, every start appended: the log, as it is now. */
    String console() throws IOException {
        Path console = base.resolve("console.log");
        return Files.exists(console)
                ? new String(Files.readAllBytes(console), java.nio.charset.StandardCharsets.UTF_8)
                : "";
    }

    /** Kills the server at once, as {@code kill -9} does: no shutdown hook, nothing flushed. */
    void kill() throws InterruptedException {
        List<ProcessHandle> java = process.descendants().toList();
        java.forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
        awaitExit(java);
    }

    /** Stops the server (and kills it if it does not stop within a minute). */
    void stop() throws InterruptedException {
        if (process == null) {
            return;
        }
        List<ProcessHandle> java = process.descendants().toList();
        java.forEach(ProcessHandle::destroy);
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            kill();
        }
        awaitExit(java);
    }

    /**
     * Waits for the server's JVM, not only the script that started it: the JVM deletes its temporary
     * files as it stops, and the next {@link #fresh} must not delete them under it.
     */
    private static void awaitExit(List<ProcessHandle> processes) throws InterruptedException {
        for (ProcessHandle handle : processes) {
            try {
                handle.onExit().get(60, TimeUnit.SECONDS);
            } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
                handle.destroyForcibly();
            }
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
