package ru.gramota.search;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What a rebuild keeps in the commit user data of the index it builds, so that a restarted job goes on
 * with the same partitions and knows how far each got: the plan, the number of records to walk, the
 * journal position to apply from once the records are in, and how many records each partition walked.
 */
final class RebuildState {

    static final String PLAN = "rebuild.plan";
    static final String TOTAL = "rebuild.total";
    static final String FROM = "rebuild.from";
    static final String FROM_GAPS = "rebuild.from.gaps";
    static final String WALKED = "rebuild.walked.";

    private RebuildState() {}

    /** The state a rebuild begins with. */
    static Map<String, String> begun(List<IndexRebuild.Partition> plan, long total, JournalPosition from) {
        List<String> parts = new ArrayList<>();
        for (IndexRebuild.Partition p : plan) {
            parts.add(p.type() + ":" + p.after() + ":" + p.through());
        }
        Map<String, String> position = from.userData();
        return Map.of(
                PLAN,
                String.join(";", parts),
                TOTAL,
                Long.toString(total),
                FROM,
                position.get(JournalPosition.APPLIED),
                FROM_GAPS,
                position.get(JournalPosition.GAPS));
    }

    /** Divides each source's ids into ranges, about {@code partitions} in all, in proportion to its records. */
    static List<IndexRebuild.Partition> divide(Map<String, SearchSource.Span> spans, int partitions, long total) {
        List<IndexRebuild.Partition> plan = new ArrayList<>();
        spans.forEach((type, span) -> {
            if (span.count() == 0) {
                return;
            }
            long parts = Math.max(1, Math.round((double) partitions * span.count() / total));
            long width = Math.max(1, (span.last() - span.first() + parts) / parts);
            long after = span.first() - 1;
            for (int i = 0; i < parts && after < span.last(); i++) {
                long through = i == parts - 1 ? span.last() : Math.min(span.last(), after + width);
                plan.add(new IndexRebuild.Partition(plan.size(), type, after, through));
                after = through;
            }
        });
        if (plan.isEmpty()) {
            plan.add(new IndexRebuild.Partition(0, spans.keySet().iterator().next(), 0, 0));
        }
        return plan;
    }

    static boolean isRebuild(Map<String, String> state) {
        return state.containsKey(PLAN);
    }

    static List<IndexRebuild.Partition> plan(Map<String, String> state) {
        String plan = state.getOrDefault(PLAN, "");
        List<IndexRebuild.Partition> partitions = new ArrayList<>();
        if (plan.isEmpty()) {
            return partitions;
        }
        for (String part : plan.split(";")) {
            String[] p = part.split(":");
            partitions.add(
                    new IndexRebuild.Partition(partitions.size(), p[0], Long.parseLong(p[1]), Long.parseLong(p[2])));
        }
        return partitions;
    }

    static long total(Map<String, String> state) {
        return Long.parseLong(state.getOrDefault(TOTAL, "0"));
    }

    /**
     * Where applying the journal resumes once the records are in: every row up to its id, but for its
     * gaps, had committed when the rebuild began, so the records read hold their changes.
     */
    static JournalPosition from(Map<String, String> state) {
        return JournalPosition.of(Map.of(
                        JournalPosition.APPLIED,
                        state.getOrDefault(FROM, "0"),
                        JournalPosition.GAPS,
                        state.getOrDefault(FROM_GAPS, "")))
                .orElseThrow();
    }

    /** The records the partitions have walked so far, all together. */
    static long walked(Map<String, String> state) {
        return state.entrySet().stream()
                .filter(e -> e.getKey().startsWith(WALKED))
                .mapToLong(e -> Long.parseLong(e.getValue()))
                .sum();
    }

    /** The state after partition {@code partition} has walked {@code walked} records in all. */
    static Map<String, String> withWalked(Map<String, String> state, int partition, long walked) {
        Map<String, String> next = new HashMap<>(state);
        next.put(WALKED + partition, Long.toString(walked));
        return next;
    }
}
