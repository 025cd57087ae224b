package ru.gramota.search;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * One page of what a search found among the records the caller may read: how many there are in all,
 * the hits of the page, and for each facet how many of them have each value.
 */
public record SearchResults(long total, int page, int size, List<Hit> hits, Map<String, List<FacetCount>> facets) {

    /**
     * One found record: its type and id (the card to open), what a list shows of it, and its score when
     * ordered by relevance.
     */
    public record Hit(
            String entityType,
            long id,
            String number,
            String title,
            LocalDate date,
            Map<String, String> facets,
            Float score,
            List<Snippet> snippets) {}

    /**
     * A passage that shows why a record matched, as HTML: its text escaped, the matching words in
     * {@code <mark>}. {@code file} names the attached file it comes from; null for the record's title.
     */
    public record Snippet(String file, String html) {}

    /** A facet's value and how many of the results have it. */
    public record FacetCount(String value, long count) {}
}
