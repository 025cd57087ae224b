import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Search on a running Gramota with generated registrations, each figure beside its raw baseline measured
 * in the same run (scripts/benchmark-search.sh; docs/benchmarks.md, Search):
 *
 * <ol>
 *   <li>rebuild of the node's index (the batch job) beside raw Lucene indexing of the same records;
 *   <li>a mix of clerk's queries (one word, two words, a phrase, a number prefix, with facet values
 *       clicked), each answer with its top 20, highlights and facet counts, by BENCH_CLIENTS clients:
 *       over REST as the clerk, through the search service inside the server, and on raw Lucene (the
 *       same index, no access filter, no highlights);
 *   <li>the same mix in PostgreSQL full-text search (to_tsvector('russian', …) with a GIN index over
 *       the same titles and file texts, restricted to the clerk's organisation, top 20 by ts_rank and
 *       the same five facet counts).
 * </ol>
 *
 * Settings (environment): GRAMOTA_URL, BENCH_ADMIN / BENCH_ADMIN_PASSWORD (an installation
 * administrator), GRAMOTA_USER / GRAMOTA_PASSWORD (the clerk, clerk.gov by default), BENCH_JDBC_URL (the
 * installation's PostgreSQL database; the table bench_search_text is made in its public schema and
 * dropped after), BENCH_CLIENTS (4), BENCH_WARMUP (10 s), BENCH_SECONDS (30 s), BENCH_INDEX_RECORDS
 * (200000), BENCH_REBUILD (true), BENCH_NODE (the node that answers, found from its reports).
 */
public class SearchBenchmark {

    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern REBUILT = Pattern.compile("REBUILT (\\d+)");

    private final String base = env("GRAMOTA_URL", "http://localhost:8080");
    private final int clients = Integer.parseInt(env("BENCH_CLIENTS", "4"));
    private final int warmUp = Integer.parseInt(env("BENCH_WARMUP", "10"));
    private final int seconds = Integer.parseInt(env("BENCH_SECONDS", "30"));
    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public static void main(String[] args) throws Exception {
        new SearchBenchmark().run();
    }

    private void run() throws Exception {
        String admin = signIn(env("BENCH_ADMIN", "admin"), required("BENCH_ADMIN_PASSWORD"));
        String clerkName = env("GRAMOTA_USER", "clerk.gov");
        String clerk = signIn(clerkName, required("GRAMOTA_PASSWORD"));
        try (Connection db = DriverManager.getConnection(required("BENCH_JDBC_URL"))) {
            long documents = single(db, "select count(*) from gramota.document where status <> 'DRAFT'");
            long files = single(db, "select count(*) from gramota.document_file where extracted_text is not null");
            System.out.printf("Registrations: %,d; files with text: %,d%n", documents, files);
            System.out.printf("Clients: %d; warm-up %d s, then %d s timed; %s as %s%n", clients, warmUp, seconds, base,
                    clerkName);
            if (Boolean.parseBoolean(env("BENCH_REBUILD", "true"))) {
                rebuild(admin);
            }
            List<MixQuery> mix = mix(clerk);
            System.out.println("Mix:");
            mix.forEach(q -> System.out.println("  " + q.what() + ": " + q.q() + (q.facets().isEmpty() ? "" : " " + q.facets())));
            String indexing = send(admin, "POST", "/api/v1/generator/benchmarks/indexing",
                    "{\"records\":" + env("BENCH_INDEX_RECORDS", "200000") + ",\"threads\":2}", 200);
            double rawIndexing = number(indexing, "perSecond");
            System.out.printf("Raw Lucene indexing of %,d records a rebuild reads, 2 threads: %.1f s, %,.0f records/s,"
                    + " index %,d MB%n", (long) number(indexing, "records"), number(indexing, "seconds"), rawIndexing,
                    (long) number(indexing, "bytes") / 1_000_000);
            if (lastRebuildRate > 0) {
                System.out.printf("Rebuild / raw indexing: %.0f %% (target >= 50 %%)%n", 100 * lastRebuildRate / rawIndexing);
            }

            List<Load.Line> lines = new ArrayList<>();
            lines.add(rest(clerk, mix));
            String inServer = send(admin, "POST", "/api/v1/generator/benchmarks/search", searchPlan(clerkName, mix), 200);
            Load.Line service = figures(inServer, "service", "search service (in the server)");
            Load.Line raw = figures(inServer, "raw", "raw Lucene, no access filter");
            lines.add(service);
            lines.add(raw);
            Load.Line pg = PostgresFullText.measure(db, required("BENCH_JDBC_URL"), clerkName, mix, clients, warmUp, seconds);
            lines.add(pg);

            System.out.println();
            System.out.printf("%-36s %9s %8s %8s %8s %9s%n", "search, " + clients + " clients", "requests", "p50 ms",
                    "p95 ms", "p99 ms", "per s");
            for (Load.Line line : lines) {
                System.out.printf(Locale.ROOT, "%-36s %9d %8.1f %8.1f %8.1f %9.1f%n", line.name(), line.requests(),
                        line.p50(), line.p95(), line.p99(), line.perSecond());
            }
            System.out.println();
            System.out.printf("REST p95: %.1f ms (target <= 50 ms)%n", lines.get(0).p95());
            System.out.printf("Service / raw Lucene, searches a second: %.0f %% (target >= 50 %%)%n",
                    100 * service.perSecond() / raw.perSecond());
            System.out.printf("Service / PostgreSQL full-text, searches a second: %.1f x (target >= 5 x)%n",
                    service.perSecond() / pg.perSecond());
        }
    }

    private double lastRebuildRate;

    /** Rebuilds the node's index and waits until it is done and live again. */
    private void rebuild(String admin) throws Exception {
        String node = System.getenv("BENCH_NODE");
        if (node == null) {
            Matcher m = Pattern.compile("\"node\":\"([^\"]+)\"").matcher(send(admin, "GET", "/api/v1/index-journal/nodes", null, 200));
            if (!m.find()) {
                throw new IllegalStateException("No node reports its index; set BENCH_NODE");
            }
            node = m.group(1);
        }
        HttpResponse<String> started = answer(admin, "POST", "/api/v1/index-journal/nodes/" + node + "/rebuild", "{}");
        long execution;
        if (started.statusCode() == 202) {
            execution = (long) number(started.body(), "executionId");
            System.out.printf("Rebuilding the index of node %s: job execution %d%n", node, execution);
        } else {
            // A node started with no index (its data directory emptied) rebuilds it by itself: measure that one.
            Matcher running = Pattern.compile("job execution ([0-9,\u00a0 ]*[0-9])").matcher(started.body());
            if (started.statusCode() != 409 || !running.find()) {
                throw new IllegalStateException("The rebuild could not start: " + started.statusCode() + " " + started.body());
            }
            execution = Long.parseLong(running.group(1).replaceAll("[^0-9]", ""));
            System.out.printf("The index of node %s is being rebuilt already: job execution %d%n", node, execution);
        }
        String status;
        while (true) {
            Thread.sleep(2000);
            status = send(admin, "GET", "/api/v1/index-journal/rebuilds/" + execution, null, 200);
            String batch = text(status, "status");
            if (batch.equals("COMPLETED")) {
                break;
            }
            if (batch.equals("FAILED") || batch.equals("STOPPED") || batch.equals("ABANDONED")) {
                throw new IllegalStateException("The rebuild ended " + status);
            }
        }
        Matcher rebuilt = REBUILT.matcher(text(status, "exitStatus"));
        if (!rebuilt.find()) {
            throw new IllegalStateException("The rebuild's exit status names no records: " + status);
        }
        long records = Long.parseLong(rebuilt.group(1));
        double took = Duration.between(Instant.parse(text(status, "started")), Instant.parse(text(status, "ended")))
                        .toMillis() / 1000.0;
        lastRebuildRate = records / took;
        System.out.printf("Rebuild (batch job, %s): %,d records in %.1f s, %,.0f records/s%n", node, records, took,
                lastRebuildRate);
    }

    /** The mix: fixed words of the generated letters, and a number prefix from the newest card. */
    private List<MixQuery> mix(String clerk) throws Exception {
        String newest = send(clerk, "GET", "/api/v1/search?q=" + encode("письмо") + "&order=NEWEST&size=1", null, 200);
        String number = text(newest, "number");
        String prefix = number.substring(0, Math.max(2, number.length() - 2)) + "*";
        int year = Instant.now().atZone(java.time.ZoneOffset.UTC).getYear();
        return List.of(
                new MixQuery("one word", "дороги", Map.of()),
                new MixQuery("one word", "субсидии", Map.of()),
                new MixQuery("one word", "предписания", Map.of()),
                new MixQuery("two words", "ремонт дороги", Map.of()),
                new MixQuery("two words", "проверка использования", Map.of()),
                new MixQuery("phrase", "\"муниципальных контрактов\"", Map.of()),
                new MixQuery("phrase", "\"государственной программы\"", Map.of()),
                new MixQuery("number prefix", prefix, Map.of()),
                new MixQuery("with facets", "дороги", Map.of("kind", "INCOMING", "year", Integer.toString(year))),
                new MixQuery("with facets", "ремонт", Map.of("status", "REGISTERED")));
    }

    private String searchPlan(String username, List<MixQuery> mix) {
        StringBuilder queries = new StringBuilder();
        for (MixQuery q : mix) {
            queries.append(queries.length() == 0 ? "" : ",").append("{\"q\":").append(json(q.q()));
            q.facets().forEach((k, v) -> queries.append(",\"").append(k).append("\":").append(json(v)));
            queries.append('}');
        }
        return "{\"username\":" + json(username) + ",\"queries\":[" + queries + "],\"clients\":" + clients
                + ",\"warmUpSeconds\":" + warmUp + ",\"seconds\":" + seconds + "}";
    }

    /** The mix over REST, GET /api/v1/search as the clerk. */
    private Load.Line rest(String clerk, List<MixQuery> mix) throws Exception {
        List<String> paths = new ArrayList<>();
        for (MixQuery q : mix) {
            StringBuilder path = new StringBuilder("/api/v1/search?q=" + encode(q.q()));
            q.facets().forEach((k, v) -> path.append('&').append(k).append('=').append(encode(v)));
            paths.add(path.toString());
        }
        return Load.run("REST GET /api/v1/search (clerk)", mix.size(), clients, warmUp, seconds,
                i -> send(clerk, "GET", paths.get(i), null, 200));
    }

    private static Load.Line figures(String json, String side, String name) {
        Matcher m = Pattern.compile("\"" + side + "\":\\{([^}]*)\\}").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + side + " in " + json);
        }
        String part = "{" + m.group(1) + "}";
        return new Load.Line(name, (long) number(part, "requests"), number(part, "p50Millis"), number(part, "p95Millis"),
                number(part, "p99Millis"), number(part, "perSecond"));
    }

    private String signIn(String user, String password) throws Exception {
        String body = send(null, "POST", "/api/v1/tokens",
                "{\"username\":" + json(user) + ",\"password\":" + json(password) + "}", 201);
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + body);
        }
        return m.group(1);
    }

    private String send(String token, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer = answer(token, method, path, body);
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private HttpResponse<String> answer(String token, String method, String path, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofMinutes(15));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        request = body == null
                ? request.GET()
                : request.header("Content-Type", "application/json")
                        .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    private static long single(Connection db, String sql) throws Exception {
        try (Statement s = db.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    private static double number(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":(-?[0-9.eE+-]+)").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + field + " in " + json);
        }
        return Double.parseDouble(m.group(1));
    }

    private static String text(String json, String field) {
        Matcher m = Pattern.compile("\"" + field + "\":\"([^\"]*)\"").matcher(json);
        if (!m.find()) {
            throw new IllegalStateException("No " + field + " in " + json);
        }
        return m.group(1);
    }

    private static String json(String value) {
        return "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String env(String name, String otherwise) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? otherwise : value;
    }

    private static String required(String name) {
        String value = System.getenv(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("Set " + name + " (see scripts/benchmark-search.sh)");
        }
        return value;
    }
}
