package ru.gramota.search;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.PrimitiveIterator;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * How far this node's index has applied the index journal. Journal ids come from an identity column,
 * so they are handed out in one order and committed in another: a row with a smaller id can appear
 * after larger ones were applied. The position is therefore the largest id applied ({@code applied})
 * and the gaps below it: ids not seen yet, each with the time it was first missed. A gap is looked for
 * again at every pass until its row appears or it is older than the longest a transaction can stay
 * open ({@link #expire}); then its transaction rolled back and the id will never come.
 *
 * <p>Immutable. Stored in the Lucene commit's user data ({@link #userData}), so that the documents and
 * the position that produced them are committed together, and a crash resumes exactly.
 */
final class JournalPosition {

    static final String APPLIED = "journal.applied";
    static final String GAPS = "journal.gaps";

    /** Beyond this many open gaps the oldest are given up: a burst of rollbacks must not grow it for ever. */
    static final int MAX_GAPS = 10_000;

    private static final JournalPosition START = new JournalPosition(0, new TreeMap<>());

    private final long applied;
    private final NavigableMap<Long, Instant> gaps;

    private JournalPosition(long applied, NavigableMap<Long, Instant> gaps) {
        this.applied = applied;
        this.gaps = gaps;
    }

    /** Nothing applied: the whole journal is ahead. */
    static JournalPosition start() {
        return START;
    }

    /** Everything up to {@code applied} applied, nothing waited for: where a rebuild leaves the journal. */
    static JournalPosition at(long applied) {
        return new JournalPosition(applied, new TreeMap<>());
    }

    /**
     * Where a rebuild starts applying the journal: the rows committed now above {@code from} (their
     * ids, ascending) are applied, since the records the rebuild reads afterwards hold their changes;
     * the ids missing among them are gaps, missed {@code now}: rows that may still commit, which the
     * rebuild applies when they do, as the indexer does.
     */
    static JournalPosition scanned(long from, PrimitiveIterator.OfLong committed, Instant now) {
        NavigableMap<Long, Instant> gaps = new TreeMap<>();
        long largest = from;
        while (committed.hasNext()) {
            long id = committed.nextLong();
            if (id <= largest) {
                continue;
            }
            // Of a jump longer than the gaps kept, only the last MAX_GAPS ids would stay anyway.
            for (long missing = Math.max(largest + 1, id - MAX_GAPS); missing < id; missing++) {
                gaps.put(missing, now);
                if (gaps.size() > MAX_GAPS) {
                    gaps.pollFirstEntry();
                }
            }
            largest = id;
        }
        return new JournalPosition(largest, gaps);
    }

    /** The position stored with a Lucene commit; empty when the commit has none (a new index). */
    static Optional<JournalPosition> of(Map<String, String> userData) {
        String applied = userData.get(APPLIED);
        if (applied == null) {
            return Optional.empty();
        }
        NavigableMap<Long, Instant> gaps = new TreeMap<>();
        String stored = userData.getOrDefault(GAPS, "");
        if (!stored.isEmpty()) {
            for (String gap : stored.split(",")) {
                int at = gap.indexOf('@');
                gaps.put(
                        Long.parseLong(gap.substring(0, at)),
                        Instant.ofEpochMilli(Long.parseLong(gap.substring(at + 1))));
            }
        }
        return Optional.of(new JournalPosition(Long.parseLong(applied), gaps));
    }

    /** The position as Lucene commit user data. */
    Map<String, String> userData() {
        Map<String, String> data = new HashMap<>();
        data.put(APPLIED, Long.toString(applied));
        data.put(
                GAPS,
                gaps.entrySet().stream()
                        .map(e -> e.getKey() + "@" + e.getValue().toEpochMilli())
                        .collect(Collectors.joining(",")));
        return data;
    }

    /**
     * The position after applying rows with these ids (those above {@code applied} and any gaps that
     * appeared): seen gaps close, and ids skipped below the new largest become gaps, missed {@code now}.
     */
    JournalPosition after(Collection<Long> ids, Instant now) {
        if (ids.isEmpty()) {
            return this;
        }
        NavigableMap<Long, Instant> open = new TreeMap<>(gaps);
        long largest = applied;
        Set<Long> seen = new HashSet<>(ids);
        for (long id : ids) {
            open.remove(id);
            largest = Math.max(largest, id);
        }
        for (long id = applied + 1; id < largest; id++) {
            if (!seen.contains(id)) {
                open.put(id, now);
            }
        }
        while (open.size() > MAX_GAPS) {
            open.pollFirstEntry();
        }
        return new JournalPosition(largest, open);
    }

    /** The position without the gaps missed longer than {@code wait} before {@code now}. */
    JournalPosition expire(Instant now, Duration wait) {
        Instant before = now.minus(wait);
        if (gaps.values().stream().noneMatch(missed -> missed.isBefore(before))) {
            return this;
        }
        NavigableMap<Long, Instant> open = new TreeMap<>(gaps);
        open.values().removeIf(missed -> missed.isBefore(before));
        return new JournalPosition(applied, open);
    }

    /** The largest journal id applied. */
    long applied() {
        return applied;
    }

    /** The ids below {@link #applied} whose rows have not appeared yet. */
    Set<Long> gaps() {
        return Collections.unmodifiableSet(gaps.keySet());
    }

    /** Every row at or below this id is applied or will never come: what may be pruned, as far as this node goes. */
    long lowWatermark() {
        return gaps.isEmpty() ? applied : gaps.firstKey() - 1;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof JournalPosition p && p.applied == applied && p.gaps.equals(gaps);
    }

    @Override
    public int hashCode() {
        return Objects.hash(applied, gaps);
    }

    @Override
    public String toString() {
        return "applied " + applied + (gaps.isEmpty() ? "" : ", waiting for " + gaps.keySet());
    }
}
