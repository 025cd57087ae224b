package ru.gramota.registry.access;

import jakarta.persistence.Query;
import java.util.Map;

/**
 * The access policy as a condition of a JPQL query over documents: {@code condition} refers to the
 * document as {@code d} and is bound with {@code parameters}. Lists and search add it to their query
 * so that a page holds only what the user may see.
 */
public record DocumentFilter(String condition, Map<String, Object> parameters) {

    public DocumentFilter {
        parameters = Map.copyOf(parameters);
    }

    public <Q extends Query> Q bind(Q query) {
        parameters.forEach(query::setParameter);
        return query;
    }
}
