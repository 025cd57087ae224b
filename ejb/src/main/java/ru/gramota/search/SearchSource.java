package ru.gramota.search;

import java.util.Collection;
import java.util.List;
import java.util.Set;

/**
 * A feature's searchable records of one entity type, as the index needs them: each feature that has
 * something to find (registration cards; next assignments, appeals, drafts) offers one as a CDI bean,
 * and the indexer finds them all. A source reads its records in the caller's transaction.
 */
public interface SearchSource {

    /** The entity type of the records it describes, as the index journal names it ({@code DOCUMENT}). */
    String entityType();

    /**
     * The journal's entity types whose rows make this source's records stale: its own, and those of
     * parts indexed with the record (a file with its document).
     */
    default Set<String> journalTypes() {
        return Set.of(entityType());
    }

    /**
     * The ids of this source's records that journal rows of {@code journalType} name: the ids
     * themselves for its own type, the owners' for a part.
     */
    default Collection<Long> owners(String journalType, Collection<Long> ids) {
        return ids;
    }

    /**
     * The records with these ids as they are now; an id missing from the answer is a record that is
     * gone or not searchable, and leaves the index.
     */
    List<IndexRecord> records(Collection<Long> ids);

    /** Up to {@code limit} ids of its records above {@code after}, in order: how a rebuild walks them. */
    List<Long> ids(long after, int limit);

    /** Where the ids that {@link #ids} walks lie, and how many there are: how a rebuild divides them. */
    Span span();

    /** The first and the last id of a source's records and how many there are (0, 0, 0 for none). */
    record Span(long first, long last, long count) {}
}
