package ru.gramota.search;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/** One step of applying the journal to an index, the live one or a rebuild catching up. */
final class JournalSteps {

    /** Where a step writes: records, keys to remove, and the journal position they bring the index to. */
    interface Target {
        void write(List<IndexRecord> records, Collection<String> removed, Map<String, String> position);
    }

    private JournalSteps() {}

    /**
     * Applies up to {@link JournalIndexer#BATCH} journal rows after {@code at} (and in its gaps) to the
     * target; returns whether a full batch was applied, so that more may be waiting.
     */
    static boolean step(JournalFeed feed, JournalPosition at, Clock clock, Duration gapWait, Target target) {
        JournalFeed.Batch batch = feed.next(at, JournalIndexer.BATCH);
        Instant now = clock.instant();
        JournalPosition next = at.after(batch.journalIds(), now).expire(now, gapWait);
        if (!batch.isEmpty() || !next.equals(at)) {
            target.write(batch.records(), batch.removed(), next.userData());
        }
        return batch.journalIds().size() == JournalIndexer.BATCH;
    }
}
