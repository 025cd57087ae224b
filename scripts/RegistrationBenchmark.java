import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measures the registrations list and card against a running Gramota, with a raw baseline (GET
 * /api/v1/me, the cheapest authenticated request) measured in the same run: warm-up, then
 * sequential requests of each kind in turn, so every kind sees the same server. Prints p50, p95,
 * p99 and max per kind and each p95 as a ratio to the baseline's. A benchmark, not a test: it
 * fails nothing. Single file, no dependencies: {@code java scripts/RegistrationBenchmark.java}.
 *
 * <p>Settings (environment): GRAMOTA_URL (http://localhost:8080), GRAMOTA_USER (clerk.gov, who must
 * see the organisation's registrations, i.e. its registry clerk), GRAMOTA_PASSWORD, BENCH_ORGANISATION
 * (GOV), BENCH_JOURNAL (IN), BENCH_REQUESTS (500 per kind and per list filter), BENCH_WARMUP (300).
 */
public class RegistrationBenchmark {

    private static final Pattern ID = Pattern.compile("\"id\":(\\d+)");
    private static final Pattern CORRESPONDENT = Pattern.compile("\"correspondentId\":(\\d+)");
    private static final Pattern TOKEN = Pattern.compile("\"token\":\"([^\"]+)\"");
    private static final Pattern SEQUENCE = Pattern.compile("\"sequence\":(\\d+)");
    private static final Pattern YEAR = Pattern.compile("\"year\":(\\d+)");

    private final HttpClient http = HttpClient.newBuilder()
            .connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1)
            .build();
    private final String base;
    private final Random random = new Random(42);
    private String token;

    RegistrationBenchmark(String base) {
        this.base = base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    public static void main(String[] args) throws Exception {
        String url = env("GRAMOTA_URL", "http://localhost:8080");
        String user = env("GRAMOTA_USER", "clerk.gov");
        String password = System.getenv("GRAMOTA_PASSWORD");
        if (password == null) {
            System.err.println("Set GRAMOTA_PASSWORD to the password of " + user);
            System.exit(2);
        }
        String organisation = env("BENCH_ORGANISATION", "GOV");
        String journal = env("BENCH_JOURNAL", "IN");
        int requests = Integer.parseInt(env("BENCH_REQUESTS", "500"));
        int warmup = Integer.parseInt(env("BENCH_WARMUP", "300"));
        new RegistrationBenchmark(url).run(user, password, organisation, journal, requests, warmup);
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }

    void run(String user, String password, String organisation, String journal, int requests, int warmup)
            throws Exception {
        HttpResponse<String> signIn = send(HttpRequest.newBuilder(URI.create(base + "/api/v1/tokens"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        "{\"username\":\"" + user + "\",\"password\":\"" + password + "\"}"))
                .build());
        if (signIn.statusCode() != 201) {
            throw new IllegalStateException("Cannot sign in as " + user + ": " + signIn.body());
        }
        token = first(TOKEN, signIn.body());

        String org = "organisation=" + encode(organisation);
        String newest = get("/api/v1/registrations?" + org + "&journal=" + encode(journal) + "&limit=1");
        List<Long> newestIds = all(ID, newest);
        if (newestIds.isEmpty()) {
            throw new IllegalStateException(
                    "No registrations in " + organisation + "/" + journal + " visible to " + user + "; generate some"
                            + " first (scripts/generate-registrations.sh) and sign in as the organisation's clerk");
        }
        String newestCard = get("/api/v1/registrations/" + newestIds.get(0));
        int year = Integer.parseInt(first(YEAR, newestCard));
        String sequence = first(SEQUENCE, newestCard);

        // What the filters rotate over: correspondents seen on the first pages, months of the year so far.
        Set<Long> correspondents = new LinkedHashSet<>();
        Set<Long> cardIds = new LinkedHashSet<>();
        String after = "";
        for (int page = 0; page < 40; page++) {
            String body = get("/api/v1/registrations?" + org + "&limit=200" + after);
            correspondents.addAll(all(CORRESPONDENT, body));
            List<Long> ids = all(ID, body);
            cardIds.addAll(ids);
            if (ids.size() < 200) {
                break;
            }
            after = "&after=" + ids.get(ids.size() - 1);
        }
        List<Long> correspondentIds = new ArrayList<>(correspondents);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        int months = year == today.getYear() ? today.getMonthValue() : 12;
        List<String> filters = new ArrayList<>();
        filters.add("organisation+kind+status");
        filters.add("organisation+correspondent");
        filters.add("organisation+journal+period");

        Map<String, List<Long>> samples = new LinkedHashMap<>();
        samples.put("baseline GET /api/v1/me", new ArrayList<>());
        for (String f : filters) {
            samples.put("list " + f, new ArrayList<>());
        }
        samples.put("card GET /api/v1/registrations/{id}", new ArrayList<>());

        List<Long> cards = new ArrayList<>(cardIds);
        int rounds = warmup + requests;
        for (int round = 0; round < rounds; round++) {
            boolean measured = round >= warmup;
            time(measured, samples.get("baseline GET /api/v1/me"), "/api/v1/me");
            String kindStatus = "/api/v1/registrations?" + org + "&kind=INCOMING&status=REGISTERED&limit=50";
            String byCorrespondent = "/api/v1/registrations?" + org + "&correspondent="
                    + correspondentIds.get(random.nextInt(correspondentIds.size())) + "&limit=50";
            LocalDate month = LocalDate.of(year, 1 + random.nextInt(months), 1);
            String byPeriod = "/api/v1/registrations?" + org + "&journal=" + encode(journal) + "&from="
                    + month.atStartOfDay().toInstant(ZoneOffset.UTC) + "&to="
                    + month.plusMonths(1).atStartOfDay().toInstant(ZoneOffset.UTC) + "&limit=50";
            List<String> lists = List.of(kindStatus, byCorrespondent, byPeriod);
            for (int f = 0; f < filters.size(); f++) {
                String body = time(measured, samples.get("list " + filters.get(f)), lists.get(f));
                if (!measured && cards.size() < 20_000) {
                    cards.addAll(all(ID, body));
                }
            }
            time(
                    measured,
                    samples.get("card GET /api/v1/registrations/{id}"),
                    "/api/v1/registrations/" + cards.get(random.nextInt(cards.size())));
        }

        List<Long> allLists = new ArrayList<>();
        filters.forEach(f -> allLists.addAll(samples.get("list " + f)));
        samples.put("list, all three filters", allLists);

        System.out.printf(Locale.ROOT, "Gramota registration benchmark: %s as %s, %s/%s%n", base, user, organisation,
                journal);
        System.out.printf(Locale.ROOT, "Registrations in %s/%s in %d: %s (the newest number's sequence)%n",
                organisation, journal, year, sequence);
        System.out.printf(Locale.ROOT, "Correspondents in rotation: %d; months in rotation: %d; card ids: %d%n",
                correspondentIds.size(), months, cards.size());
        System.out.printf(Locale.ROOT, "Warm-up %d rounds, then %d measured rounds; sequential, one connection%n%n",
                warmup, requests);
        System.out.printf(Locale.ROOT, "%-40s %6s %8s %8s %8s %8s %12s%n", "request (limit 50 for lists)", "n",
                "p50 ms", "p95 ms", "p99 ms", "max ms", "p95/baseline");
        double baselineP95 = percentile(samples.get("baseline GET /api/v1/me"), 95);
        for (Map.Entry<String, List<Long>> e : samples.entrySet()) {
            List<Long> s = e.getValue();
            double p95 = percentile(s, 95);
            System.out.printf(Locale.ROOT, "%-40s %6d %8.1f %8.1f %8.1f %8.1f %12.1f%n", e.getKey(), s.size(),
                    percentile(s, 50), p95, percentile(s, 99), percentile(s, 100), p95 / baselineP95);
        }
        double listP95 = percentile(allLists, 95);
        double cardP95 = percentile(samples.get("card GET /api/v1/registrations/{id}"), 95);
        System.out.printf(Locale.ROOT, "%nTarget p95 < 100 ms: list %s (%.1f ms), card %s (%.1f ms)%n",
                listP95 < 100 ? "met" : "MISSED", listP95, cardP95 < 100 ? "met" : "MISSED", cardP95);
    }

    /** Sends a GET, checks it answered 200, records its time in microseconds when measured. */
    private String time(boolean measured, List<Long> samples, String path) throws Exception {
        long started = System.nanoTime();
        String body = get(path);
        long micros = (System.nanoTime() - started) / 1_000;
        if (measured) {
            samples.add(micros);
        }
        return body;
    }

    private String get(String path) throws Exception {
        HttpResponse<String> answer = send(HttpRequest.newBuilder(URI.create(base + path))
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .GET()
                .build());
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("GET " + path + " answered " + answer.statusCode() + ": " + answer.body());
        }
        return answer.body();
    }

    private HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** Nearest-rank percentile of samples in microseconds, in milliseconds. */
    private static double percentile(List<Long> samples, int p) {
        if (samples.isEmpty()) {
            return Double.NaN;
        }
        long[] sorted = samples.stream().mapToLong(Long::longValue).toArray();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(0, Math.min(sorted.length - 1, rank - 1))] / 1000.0;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    private static String first(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        if (!m.find()) {
            throw new IllegalStateException("Not found in the answer: " + pattern + " in " + text);
        }
        return m.group(1);
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
