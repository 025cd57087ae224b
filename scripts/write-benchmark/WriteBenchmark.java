import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.IntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The write path against a running Gramota on PostgreSQL, beside what the same machine does without
 * it, all in one run: for 1, 8 and 32 clients, raw one-row insert transactions on the same database
 * (JDBC, autocommit), {@code GET /api/v1/me} (the cheapest authenticated request: HTTP, the token
 * check and JSON), and registrations through {@code POST /api/v1/registrations} into one journal and
 * spread over 50 journals of 50 organisations. While registrations are written, one more client
 * reads a first list page and a card about ten times a second, so their latency under the write load
 * is measured too. Prints a
 * table with each step's rate and latencies and its ratio to raw inserts at the same concurrency,
 * and writes a CSV, an SVG chart and the table into docs/benchmarks.md. A benchmark, not a test:
 * it fails nothing, except when a request is refused (then it stops and says what the server said).
 *
 * <p>Run by {@code scripts/benchmark-write.sh}, which compiles it and {@link BenchmarkReport} and puts
 * the PostgreSQL driver on the class path.
 * Settings (environment): GRAMOTA_URL (http://localhost:8080), GRAMOTA_USER (admin: an installation
 * administrator, who makes the benchmark's organisations once), GRAMOTA_PASSWORD, BENCH_JDBC_URL (the
 * installation's database, for the raw baseline), BENCH_SECONDS (10 per step), BENCH_WARMUP_SECONDS
 * (20), BENCH_CLIENTS (1,8,32), BENCH_DOCS (docs: where benchmarks.md is).
 *
 * <p>With BENCH_LOAD_SECONDS set it only writes: registrations spread over the 50 journals from the
 * first of BENCH_CLIENTS for that long, then prints the rate and writes no report; BENCH_LOAD_RATE
 * paces them to that many registrations a second in all (unset: as fast as they go). That is the write
 * load under which {@code scripts/benchmark-registrations.sh}, run beside it, measures the lists at a
 * million.
 */
public class WriteBenchmark {

    static final int JOURNALS = 50;
    static final String PASSWORD = "Benchmark-Clerk-2026";
    /** Between the reader's rounds (a list page and a card): about ten rounds a second. */
    static final long READER_PAUSE_MILLIS = 100;
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");

    /** One measured step: its operations' latencies in microseconds over its wall-clock time. */
    record Step(String name, int clients, double seconds, long[] micros) {
        double perSecond() {
            return micros.length / seconds;
        }

        double percentile(int p) {
            if (micros.length == 0) {
                return Double.NaN;
            }
            int rank = (int) Math.ceil(p / 100.0 * micros.length);
            return micros[Math.max(0, Math.min(micros.length - 1, rank - 1))] / 1000.0;
        }
    }

    /** One organisation of the benchmark, with its registry clerk signed in. */
    record Desk(String organisation, String token, long correspondentId) {}

    interface Operation {
        void run() throws Exception;
    }

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10))
            .build();
    private final String base;
    private final Duration stepTime;
    private final Duration warmUp;

    WriteBenchmark(String base, Duration stepTime, Duration warmUp) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
        this.stepTime = stepTime;
        this.warmUp = warmUp;
    }

    public static void main(String[] args) throws Exception {
        String password = System.getenv("GRAMOTA_PASSWORD");
        String jdbcUrl = System.getenv("BENCH_JDBC_URL");
        if (password == null || jdbcUrl == null) {
            System.err.println("Set GRAMOTA_PASSWORD (the administrator's) and BENCH_JDBC_URL (the installation's"
                    + " PostgreSQL, e.g. jdbc:postgresql://127.0.0.1:5432/gramota?user=postgres)");
            System.exit(2);
        }
        int[] clients = Arrays.stream(env("BENCH_CLIENTS", "1,8,32").split(","))
                .mapToInt(c -> Integer.parseInt(c.trim()))
                .toArray();
        WriteBenchmark benchmark = new WriteBenchmark(
                env("GRAMOTA_URL", "http://localhost:8080"),
                Duration.ofSeconds(Long.parseLong(env("BENCH_SECONDS", "10"))),
                Duration.ofSeconds(Long.parseLong(env("BENCH_WARMUP_SECONDS", "20"))));
        warnWithoutAutovacuum(jdbcUrl);
        String loadSeconds = env("BENCH_LOAD_SECONDS", "");
        if (!loadSeconds.isEmpty()) {
            benchmark.load(
                    env("GRAMOTA_USER", "admin"),
                    password,
                    clients[0],
                    Duration.ofSeconds(Long.parseLong(loadSeconds)),
                    Double.parseDouble(env("BENCH_LOAD_RATE", "0")));
            return;
        }
        List<Step> steps = benchmark.run(env("GRAMOTA_USER", "admin"), password, jdbcUrl, clients);
        BenchmarkReport.write(steps, clients, env("BENCH_MACHINE", "This machine"), Path.of(env("BENCH_DOCS", "docs")));
    }

    /**
     * Every registration leaves dead row versions behind it (the audit record's seal, the counter); a
     * database without autovacuum (as on test machines, where it is turned off) slows down from run to
     * run, which a benchmark must not mistake for the application.
     */
    static void warnWithoutAutovacuum(String jdbcUrl) throws Exception {
        try (Connection c = DriverManager.getConnection(jdbcUrl);
                Statement s = c.createStatement();
                java.sql.ResultSet autovacuum = s.executeQuery("show autovacuum")) {
            autovacuum.next();
            if (!"on".equals(autovacuum.getString(1))) {
                System.out.println("WARNING: autovacuum is off on this PostgreSQL: dead rows pile up and each run"
                        + " is slower than the last. Turn it on (alter system set autovacuum = on; select"
                        + " pg_reload_conf()) or run VACUUM (ANALYZE) between runs.");
            }
        }
    }

    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    /**
     * Registrations spread over the 50 journals from {@code clients} threads for the given time, nothing
     * else; with a rate above 0, each thread starts its registrations at even intervals so that all of
     * them together make that many a second.
     */
    void load(String user, String password, int clients, Duration time, double perSecond) throws Exception {
        List<Desk> desks = desks(signIn(user, password));
        long intervalNanos = perSecond > 0 ? (long) (clients * 1e9 / perSecond) : 0;
        measure("register, 50 journals (load only)", clients, time, c -> {
            long[] next = {System.nanoTime()};
            return () -> {
                long wait = next[0] - System.nanoTime();
                if (wait > 0) {
                    Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
                }
                next[0] = Math.max(next[0], System.nanoTime() - intervalNanos) + intervalNanos;
                register(desks.get((c + ThreadLocalRandom.current().nextInt(JOURNALS)) % JOURNALS));
            };
        }, null);
    }

    private List<Desk> desks(String admin) throws Exception {
        List<Desk> desks = new ArrayList<>();
        for (int i = 1; i <= JOURNALS; i++) {
            desks.add(desk(admin, String.format(Locale.ROOT, "BENCH-%02d", i)));
        }
        System.out.printf(Locale.ROOT, "%d organisations ready, each with its journal and clerk%n", desks.size());
        return desks;
    }

    List<Step> run(String user, String password, String jdbcUrl, int[] clientCounts) throws Exception {
        List<Desk> desks = desks(signIn(user, password));
        Desk first = desks.get(0);
        List<Step> steps = new ArrayList<>();
        try (RawInserts raw = new RawInserts(jdbcUrl)) {
            // The server's JIT compiles the write path meanwhile: the first seconds after a start are slower.
            measure("warm-up", 8, warmUp, c -> () -> register(desks.get(c % JOURNALS)), null);
            for (int clients : clientCounts) {
                steps.add(measure("raw insert", clients, stepTime, c -> raw::insertOne, null));
                steps.add(measure("GET /api/v1/me", clients, stepTime, c -> () -> get(first.token(), "/api/v1/me"), null));
                List<Step> reads = new ArrayList<>();
                steps.add(measure("register, 1 journal", clients, stepTime, c -> () -> register(first), reads));
                steps.addAll(reads);
                reads.clear();
                steps.add(measure(
                        "register, 50 journals",
                        clients,
                        stepTime,
                        c -> () -> register(desks.get((c + ThreadLocalRandom.current().nextInt(JOURNALS)) % JOURNALS)),
                        reads));
                steps.addAll(reads);
            }
        }
        return steps;
    }

    /**
     * Runs the operation from {@code clients} threads for the given time and keeps every latency.
     * With {@code reads} given, one more thread reads the first desk's newest cards and list page
     * meanwhile, and its two steps are added there.
     */
    Step measure(String name, int clients, Duration time, IntFunction<Operation> operation, List<Step> reads)
            throws Exception {
        ConcurrentLinkedQueue<long[]> results = new ConcurrentLinkedQueue<>();
        AtomicReference<Exception> failure = new AtomicReference<>();
        long started = System.nanoTime();
        long deadline = started + time.toNanos();
        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            Operation op = operation.apply(c);
            threads.add(started(() -> results.add(loop(op, deadline, failure))));
        }
        long[][] read = new long[2][];
        Thread reader = null;
        if (reads != null) {
            reader = started(() -> readUnderLoad(deadline, read, failure));
        }
        for (Thread t : threads) {
            t.join();
        }
        if (reader != null) {
            reader.join();
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (failure.get() != null) {
            throw new IllegalStateException(name + " with " + clients + " clients failed", failure.get());
        }
        long[] all = results.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        Step step = new Step(name, clients, seconds, all);
        System.out.printf(Locale.ROOT, "%-26s %3d clients: %9.1f/s  p50 %7.2f ms  p95 %7.2f ms%n", name, clients,
                step.perSecond(), step.percentile(50), step.percentile(95));
        if (reads != null) {
            reads.add(new Step("  card, under " + name, clients, seconds, read[0]));
            reads.add(new Step("  list page, under " + name, clients, seconds, read[1]));
        }
        return step;
    }

    private static Thread started(Runnable work) {
        Thread thread = new Thread(work);
        thread.start();
        return thread;
    }

    private static long[] loop(Operation op, long deadline, AtomicReference<Exception> failure) {
        List<Long> micros = new ArrayList<>();
        while (System.nanoTime() < deadline && failure.get() == null) {
            long t = System.nanoTime();
            try {
                op.run();
            } catch (Exception e) {
                failure.compareAndSet(null, e);
                break;
            }
            micros.add((System.nanoTime() - t) / 1000);
        }
        return micros.stream().mapToLong(Long::longValue).toArray();
    }

    private Desk readerDesk;

    private void readUnderLoad(long deadline, long[][] read, AtomicReference<Exception> failure) {
        List<Long> cards = new ArrayList<>();
        List<Long> lists = new ArrayList<>();
        String list = "/api/v1/registrations?organisation=" + readerDesk.organisation() + "&journal=IN&limit=50";
        try {
            List<Long> ids = all(ID, get(readerDesk.token(), list));
            while (System.nanoTime() < deadline && failure.get() == null) {
                long t = System.nanoTime();
                ids = all(ID, get(readerDesk.token(), list));
                lists.add((System.nanoTime() - t) / 1000);
                t = System.nanoTime();
                get(readerDesk.token(), "/api/v1/registrations/" + ids.get(ThreadLocalRandom.current().nextInt(ids.size())));
                cards.add((System.nanoTime() - t) / 1000);
                Thread.sleep(READER_PAUSE_MILLIS); // a person reading, not one more writer's worth of load
            }
        } catch (Exception e) {
            failure.compareAndSet(null, e);
        }
        read[0] = cards.stream().mapToLong(Long::longValue).sorted().toArray();
        read[1] = lists.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    private void register(Desk desk) throws Exception {
        String body = "{\"organisationCode\":\"" + desk.organisation() + "\",\"journalCode\":\"IN\",\"title\":\"О"
                + " подготовке к отопительному сезону, письмо " + ThreadLocalRandom.current().nextInt(1_000_000)
                + "\",\"correspondentId\":" + desk.correspondentId() + "}";
        send(desk.token(), "POST", "/api/v1/registrations", body, 201);
    }

    /** The organisation with its incoming journal, clerk and one sender: made once, found afterwards. */
    private Desk desk(String admin, String code) throws Exception {
        String clerk = "bench.clerk." + code.toLowerCase(Locale.ROOT);
        create(admin, "/api/v1/organisations", "{\"code\":\"" + code + "\",\"name\":\"Администрация " + code
                + "\",\"kind\":\"MUNICIPAL_DISTRICT\",\"parentCode\":\"REGION\"}");
        create(admin, "/api/v1/organisations/" + code + "/journals", "{\"code\":\"IN\",\"name\":\"Входящие"
                + " документы\",\"documentKind\":\"INCOMING\",\"numberPattern\":\"{seq}-вх\"}");
        create(admin, "/api/v1/employees", "{\"username\":\"" + clerk + "\",\"fullName\":\"Смирнова Анна"
                + " Петровна\",\"password\":\"" + PASSWORD + "\",\"organisationCode\":\"" + code + "\"}");
        create(admin, "/api/v1/employees/" + clerk + "/roles",
                "{\"role\":\"REGISTRY_CLERK\",\"organisationCode\":\"" + code + "\"}");
        String token = signIn(clerk, PASSWORD);
        String sender = "Министерство транспорта области (" + code + ")";
        List<Long> found = all(ID, get(token, "/api/v1/correspondents?kind=ORGANISATION&q="
                + URLEncoder.encode(sender, StandardCharsets.UTF_8)));
        long senderId = found.isEmpty()
                ? first(ID, send(token, "POST", "/api/v1/correspondents", "{\"kind\":\"ORGANISATION\",\"name\":\""
                        + sender + "\",\"inn\":\"5406123456\"}", 201))
                : found.get(0);
        Desk desk = new Desk(code, token, senderId);
        if (readerDesk == null) {
            readerDesk = desk;
        }
        return desk;
    }

    private String signIn(String user, String password) throws Exception {
        String body = send(null, "POST", "/api/v1/tokens", "{\"username\":\"" + user + "\",\"password\":\""
                + password + "\"}", 201);
        Matcher m = TOKEN.matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("No token in " + body);
        }
        return m.group(1);
    }

    private String get(String token, String path) throws Exception {
        return send(token, "GET", path, null, 200);
    }

    /** POSTs what the benchmark needs; what an earlier run made already (409) is taken as it is. */
    private void create(String token, String path, String body) throws Exception {
        HttpResponse<String> answer = http.send(
                request(token, "POST", path, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() / 100 != 2 && answer.statusCode() != 409) {
            throw new IllegalStateException("POST " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
    }

    private String send(String token, String method, String path, String body, int expected) throws Exception {
        HttpResponse<String> answer =
                http.send(request(token, method, path, body), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        if (answer.statusCode() != expected) {
            throw new IllegalStateException(method + " " + path + " answered " + answer.statusCode() + ": "
                    + answer.body());
        }
        return answer.body();
    }

    private HttpRequest request(String token, String method, String path, String body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(60));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (body == null) {
            return request.GET().build();
        }
        return request.header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build();
    }

    private static long first(Pattern pattern, String text) {
        List<Long> values = all(pattern, text);
        if (values.isEmpty()) {
            throw new IllegalStateException("Not found: " + pattern + " in " + text);
        }
        return values.get(0);
    }

    private static List<Long> all(Pattern pattern, String text) {
        List<Long> values = new ArrayList<>();
        Matcher m = pattern.matcher(text);
        while (m.find()) {
            values.add(Long.parseLong(m.group(1)));
        }
        return values;
    }
}
