package ru.gramota.control;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gramota.registry.search.DocumentParts;
import ru.gramota.search.SearchSchema.Field;

/**
 * What search finds a document by from its control of execution: the texts of its assignments (the
 * resolution's and those passed down), their reports, and the executors' names, so that a clerk finds
 * the letter by what was ordered or reported on it ({@code поручение:}, {@code исполнитель:}). Every
 * step of an assignment makes its document stale in the search journal. One query per batch of cards.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.MANDATORY)
public class ControlSearchParts implements DocumentParts {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    @Override
    public Map<Long, List<Value>> of(Collection<Long> documentIds) {
        if (documentIds.isEmpty()) {
            return Map.of();
        }
        Map<Long, Set<Value>> parts = new HashMap<>();
        em.createQuery(
                        "select a.documentId, a.text, a.reportText, u.fullName from Assignment a join a.executor u"
                                + " where a.documentId in :ids order by a.id",
                        Object[].class)
                .setParameter("ids", documentIds)
                .setHint("org.hibernate.readOnly", true)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultList()
                .forEach(row -> {
                    Set<Value> values = parts.computeIfAbsent((Long) row[0], id -> new LinkedHashSet<>());
                    add(values, Field.CONTROL, (String) row[1]);
                    add(values, Field.CONTROL, (String) row[2]);
                    add(values, Field.EXECUTOR, (String) row[3]);
                });
        Map<Long, List<Value>> answer = new HashMap<>();
        parts.forEach((id, values) -> answer.put(id, new ArrayList<>(values)));
        return answer;
    }

    private static void add(Set<Value> values, Field field, String text) {
        if (text != null && !text.isBlank()) {
            values.add(new Value(field, text));
        }
    }
}
