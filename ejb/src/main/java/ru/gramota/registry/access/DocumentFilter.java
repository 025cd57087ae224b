package ru.gramota.registry.access;

import jakarta.persistence.Query;
import java.util.Map;
import java.util.Set;

/**
 * The access policy as a condition of a JPQL query over documents: {@code condition} refers to the
 * document as {@code d} and is bound with {@code parameters}. Lists and search add it to their query
 * so that a page holds only what the user may see.
 *
 * @param readsAllOf the organisations all of whose documents the condition lets through (those whose
 *     registry the user works in)
 */
public record DocumentFilter(String condition, Map<String, Object> parameters, Set<Long> readsAllOf) {

    public DocumentFilter {
        parameters = Map.copyOf(parameters);
        readsAllOf = Set.copyOf(readsAllOf);
    }

    /**
     * The condition for a query that only selects the documents of one organisation: none at all when
     * it lets all of them through. For a registry clerk's list, the policy's "or" of four rules made
     * PostgreSQL estimate 705 of a journal's 38,366 documents, read them all and sort them (23 ms)
     * instead of walking the journal back from its newest (docs/benchmarks.md, the write path).
     */
    public DocumentFilter within(long organisationId) {
        return readsAllOf.contains(organisationId) ? new DocumentFilter("1 = 1", Map.of(), readsAllOf) : this;
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
