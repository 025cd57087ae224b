package ru.gramota.search;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.logging.Logger;

/**
 * A rebuild of this node's search index from the database, as the batch job {@code rebuild-search-index}
 * runs it: {@link #begin} writes a plan into a new index beside the live one (id ranges of each
 * source's records, for the job's partitions), the partitions read their records a {@link #page} at a
 * time and {@link #write} them with how far they got, and {@link #finish} applies the journal from
 * where the records were read and switches the node to the new index without a gap.
 *
 * <p>Every write commits the records with the partition's progress, so that a job restarted after a
 * crash goes on from its checkpoints: a record written twice replaces itself, so the count stays exact.
 */
@Stateless
public class IndexRebuild {

    /** How the directory of a rebuilt index is named: the prefix and a number. */
    public static final String DIRECTORY_PREFIX = "rebuild-";

    /** Records a rebuild reads at a time. */
    static final int PAGE = 500;

    private static final Logger LOG = Logger.getLogger(IndexRebuild.class.getName());

    /** One partition of a rebuild: the records of one entity type with ids above {@code after} up to {@code through}. */
    public record Partition(int index, String type, long after, long through) {}

    @EJB
    private SearchIndex index;

    @EJB
    private JournalFeed feed;

    @EJB
    private JournalIndexer indexer;

    @Inject
    private SearchSettings settings;

    @Inject
    private Clock clock;

    /**
     * Begins a rebuild in the new index directory {@code directory}: its plan divides each source's
     * ids into ranges, about {@code partitions} in all. The journal will be applied after the rows
     * committed now (scanned above the live index's low watermark, or above where it is pruned if that
     * is further): the records read from now on hold their changes. The ids missing among them are
     * gaps, applied when their rows commit: a node with no index does not re-apply the whole journal.
     */
    public void begin(String directory, int partitions) {
        long after = Math.max(
                feed.prunedThrough(),
                JournalPosition.of(index.state())
                        .map(JournalPosition::lowWatermark)
                        .orElse(0L));
        // Before the spans: a record committed after them comes through a journal row the scan did not see.
        JournalPosition from = feed.committedAfter(after, clock.instant());
        Map<String, SearchSource.Span> spans = feed.spans();
        if (spans.isEmpty()) {
            throw new IllegalStateException("No search source is deployed: nothing to rebuild the index from");
        }
        long total = spans.values().stream().mapToLong(SearchSource.Span::count).sum();
        List<Partition> plan = RebuildState.divide(spans, Math.max(1, partitions), total);
        index.beginBuild(directory, RebuildState.begun(plan, total, from));
        LOG.info(() -> "Search index rebuild in " + directory + ": " + total + " records in " + plan.size()
                + " partitions; the journal is applied after id " + from.applied() + " and in "
                + from.gaps().size() + " ids below it not committed yet");
    }

    /** Whether the rebuild in {@code directory}, interrupted, can resume where it was (its directory is there). */
    public boolean resumable(String directory) {
        return index.resumable(directory);
    }

    /** The partitions of the rebuild in {@code directory}, the same on a restart as at its beginning. */
    public List<Partition> partitions(String directory) {
        Map<String, String> state = index.buildState(directory);
        if (!RebuildState.isRebuild(state)) {
            throw new IllegalStateException("The index in " + directory + " holds no rebuild plan: its records are in");
        }
        requireJournalFrom(RebuildState.from(state).lowWatermark(), directory);
        return RebuildState.plan(state);
    }

    /**
     * The next page of a partition's records after {@code after}, read in a transaction of its own: the
     * cards a chunk reads page after page do not pile up in one persistence context.
     */
    @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
    public JournalFeed.Page page(Partition partition, long after) {
        return feed.rebuild(partition.type(), after, partition.through(), PAGE);
    }

    /** Writes a partition's records and how many it has walked in all, in one commit. */
    public void write(
            String directory, Partition partition, List<IndexRecord> records, Collection<String> removed, long walked) {
        index.addToBuild(directory, records, removed, partition.index(), walked);
    }

    /**
     * Applies the journal to the rebuilt index from where its records were read, while the live index
     * goes on; then, with the indexer paused, applies the last rows and makes it the live index.
     * Returns the records it holds.
     */
    @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
    public long finish(String directory) {
        if (index.isLive(directory)) {
            return index.records(); // switched already, before a crash ended the job
        }
        Map<String, String> state = index.buildState(directory);
        if (RebuildState.isRebuild(state)) {
            JournalPosition from = RebuildState.from(state);
            requireJournalFrom(from.lowWatermark(), directory);
            index.applyToBuild(directory, List.of(), List.of(), from.userData());
        }
        while (catchUp(directory)) {
            LOG.fine(() -> "The rebuilt search index " + directory + " catches up with the journal");
        }
        indexer.exclusively(() -> {
            while (catchUp(directory)) {
                LOG.fine(() -> "The rebuilt search index " + directory + " catches up with the journal");
            }
            index.promote(directory);
        });
        return index.records();
    }

    private boolean catchUp(String directory) {
        JournalPosition at = JournalPosition.of(index.buildState(directory))
                .orElseThrow(() -> new IllegalStateException("The index in " + directory + " has no journal position"));
        return JournalSteps.step(
                feed,
                at,
                clock,
                settings.gapWait(),
                (records, removed, position) -> index.applyToBuild(directory, records, removed, position));
    }

    private void requireJournalFrom(long from, String directory) {
        long pruned = feed.prunedThrough();
        if (from < pruned) {
            throw new IllegalStateException("The index journal was pruned through id " + pruned + ", past id " + from
                    + " where the rebuild in " + directory + " must apply it from (it was stopped too long):"
                    + " start a new rebuild");
        }
    }
}
