package ru.gramota.search;

import ru.gramota.platform.Reason;

/**
 * What search says about a query it cannot run. Each constant's name is its stable {@code code}; the
 * texts are in the one catalogue of {@link ru.gramota.platform.Reason}.
 */
public enum SearchReason implements Reason {
    QUERY_TOO_LONG,
    QUERY_TOO_MANY_WORDS,
    QUERY_DATE_INVALID,
    PAGE_TOO_FAR,
    REBUILD_ON_ANOTHER_NODE,
    REBUILD_RUNNING,
    UNKNOWN_REBUILD,
    BENCHMARK_READS_NOTHING;
}
