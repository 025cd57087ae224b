import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@link WriteBenchmark} measured: the table on the console, a CSV and an SVG chart in
 * docs/benchmarks/, and the same table in docs/benchmarks.md between its write-path markers.
 */
final class BenchmarkReport {

    static final String BEGIN = "<!-- write-path: written by scripts/benchmark-write.sh -->";
    static final String END = "<!-- write-path: end -->";

    private BenchmarkReport() {}

    static void write(List<WriteBenchmark.Step> steps, int[] clients, String machine, Path docs) throws IOException {
        String table = table(steps);
        String targets = targets(steps);
        System.out.println();
        System.out.println(machine);
        System.out.println(table);
        System.out.println(targets);

        Path dir = docs.resolve("benchmarks");
        Files.createDirectories(dir);
        Files.writeString(dir.resolve("write-path.csv"), csv(steps), StandardCharsets.UTF_8);
        Files.writeString(dir.resolve("write-path.svg"), chart(steps, clients), StandardCharsets.UTF_8);
        Path markdown = docs.resolve("benchmarks.md");
        String section = BEGIN + "\n" + machine + ", measured on " + LocalDate.now() + ".\n\n" + table + "\n"
                + targets + "\n\n![Operations per second by concurrency, logarithmic](benchmarks/write-path.svg)\n\n"
                + "The figures as CSV: [benchmarks/write-path.csv](benchmarks/write-path.csv).\n" + END;
        String text = Files.exists(markdown) ? Files.readString(markdown, StandardCharsets.UTF_8) : "";
        int begin = text.indexOf(BEGIN);
        int end = text.indexOf(END);
        text = begin >= 0 && end > begin
                ? text.substring(0, begin) + section + text.substring(end + END.length())
                : text + "\n" + section + "\n";
        Files.writeString(markdown, text, StandardCharsets.UTF_8);
        System.out.println("\nWritten: " + dir.resolve("write-path.csv") + ", " + dir.resolve("write-path.svg")
                + ", and the table in " + markdown);
    }

    /** A Markdown table: rate and latencies per step, the rate as a share of raw inserts at the same concurrency. */
    static String table(List<WriteBenchmark.Step> steps) {
        StringBuilder out = new StringBuilder(
                "| step | clients | per second | p50 ms | p95 ms | p99 ms | of raw inserts |\n"
                        + "| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n");
        for (WriteBenchmark.Step s : steps) {
            WriteBenchmark.Step raw = find(steps, "raw insert", s.clients());
            String share = s.name().startsWith("register") && raw != null
                    ? String.format(Locale.ROOT, "%.1f %%", 100 * s.perSecond() / raw.perSecond())
                    : "";
            out.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.2f | %.2f | %.2f | %s |%n",
                    s.name().strip(), s.clients(), s.perSecond(), s.percentile(50), s.percentile(95),
                    s.percentile(99), share));
        }
        return out.toString();
    }

    /** The targets, each met or missed with its figure; a step not run is said so. */
    static String targets(List<WriteBenchmark.Step> steps) {
        List<String> lines = new ArrayList<>();
        WriteBenchmark.Step one8 = find(steps, "register, 1 journal", 8);
        WriteBenchmark.Step fifty32 = find(steps, "register, 50 journals", 32);
        WriteBenchmark.Step raw32 = find(steps, "raw insert", 32);
        WriteBenchmark.Step single = find(steps, "register, 1 journal", 1);
        lines.add(single == null ? "- one client, p50 ≤ 8 ms: not run"
                : verdict("one client, p50 ≤ 8 ms", single.percentile(50) <= 8, "%.2f ms", single.percentile(50)));
        lines.add(one8 == null ? "- one journal, 8 clients, ≥ 500/s: not run"
                : verdict("one journal, 8 clients, ≥ 500/s", one8.perSecond() >= 500, "%.1f/s", one8.perSecond()));
        if (fifty32 == null || raw32 == null) {
            lines.add("- 50 journals, 32 clients, ≥ 1,000/s and ≥ 25 % of raw inserts: not run");
        } else {
            double share = 100 * fifty32.perSecond() / raw32.perSecond();
            lines.add(verdict("50 journals, 32 clients, ≥ 1,000/s and ≥ 25 % of raw inserts",
                    fifty32.perSecond() >= 1000 && share >= 25, "%.1f/s, %.1f %%", fifty32.perSecond(), share));
        }
        return "Targets:\n" + String.join("\n", lines);
    }

    private static String verdict(String target, boolean met, String format, Object... figures) {
        return "- " + target + ": " + (met ? "met" : "**missed**") + " (" + String.format(Locale.ROOT, format, figures)
                + ")";
    }

    static String csv(List<WriteBenchmark.Step> steps) {
        StringBuilder out = new StringBuilder("step,clients,operations,seconds,per_second,p50_ms,p95_ms,p99_ms\n");
        for (WriteBenchmark.Step s : steps) {
            out.append(String.format(Locale.ROOT, "\"%s\",%d,%d,%.3f,%.1f,%.3f,%.3f,%.3f%n", s.name().strip(),
                    s.clients(), s.micros().length, s.seconds(), s.perSecond(), s.percentile(50), s.percentile(95),
                    s.percentile(99)));
        }
        return out.toString();
    }

    /** Grouped bars, one group per concurrency, on a logarithmic scale (raw inserts and registrations differ 100-fold). */
    static String chart(List<WriteBenchmark.Step> steps, int[] clients) {
        Map<String, String> series = new LinkedHashMap<>();
        series.put("raw insert", "#7f7f7f");
        series.put("GET /api/v1/me", "#bcbd22");
        series.put("register, 1 journal", "#1f77b4");
        series.put("register, 50 journals", "#d62728");
        int width = 760;
        int height = 380;
        int left = 70;
        int bottom = 320;
        int top = 30;
        double maxLog = 5; // 100,000 per second
        StringBuilder svg = new StringBuilder(String.format(Locale.ROOT,
                "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%d\" height=\"%d\" font-family=\"sans-serif\""
                        + " font-size=\"12\">%n<rect width=\"100%%\" height=\"100%%\" fill=\"white\"/>%n",
                width, height));
        for (int e = 0; e <= maxLog; e++) {
            double y = bottom - (bottom - top) * e / maxLog;
            svg.append(String.format(Locale.ROOT,
                    "<line x1=\"%d\" y1=\"%.1f\" x2=\"%d\" y2=\"%.1f\" stroke=\"#ddd\"/><text x=\"%d\" y=\"%.1f\""
                            + " text-anchor=\"end\">%,d/s</text>%n",
                    left, y, width - 10, y, left - 6, y + 4, (long) Math.pow(10, e)));
        }
        int groupWidth = (width - left - 20) / clients.length;
        int bar = (groupWidth - 30) / series.size();
        for (int g = 0; g < clients.length; g++) {
            int x0 = left + 10 + g * groupWidth;
            int i = 0;
            for (Map.Entry<String, String> s : series.entrySet()) {
                WriteBenchmark.Step step = find(steps, s.getKey(), clients[g]);
                if (step != null && step.perSecond() >= 1) {
                    double h = (bottom - top) * Math.log10(step.perSecond()) / maxLog;
                    svg.append(String.format(Locale.ROOT,
                            "<rect x=\"%d\" y=\"%.1f\" width=\"%d\" height=\"%.1f\" fill=\"%s\"><title>%s, %d"
                                    + " clients: %.0f/s</title></rect>%n<text x=\"%d\" y=\"%.1f\""
                                    + " text-anchor=\"middle\" font-size=\"10\">%.0f</text>%n",
                            x0 + i * bar, bottom - h, bar - 2, h, s.getValue(), s.getKey(), clients[g],
                            step.perSecond(), x0 + i * bar + bar / 2, bottom - h - 3, step.perSecond()));
                }
                i++;
            }
            svg.append(String.format(Locale.ROOT, "<text x=\"%d\" y=\"%d\" text-anchor=\"middle\">%d client%s</text>%n",
                    x0 + (bar * series.size()) / 2, bottom + 18, clients[g], clients[g] == 1 ? "" : "s"));
        }
        int lx = left;
        for (Map.Entry<String, String> s : series.entrySet()) {
            svg.append(String.format(Locale.ROOT,
                    "<rect x=\"%d\" y=\"%d\" width=\"12\" height=\"12\" fill=\"%s\"/><text x=\"%d\" y=\"%d\">%s</text>%n",
                    lx, height - 22, s.getValue(), lx + 16, height - 12, s.getKey()));
            lx += 40 + 7 * s.getKey().length();
        }
        return svg.append("</svg>\n").toString();
    }

    private static WriteBenchmark.Step find(List<WriteBenchmark.Step> steps, String name, int clients) {
        return steps.stream()
                .filter(s -> s.name().equals(name) && s.clients() == clients)
                .findFirst()
                .orElse(null);
    }
}
