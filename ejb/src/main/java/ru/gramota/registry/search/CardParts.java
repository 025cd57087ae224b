package ru.gramota.registry.search;

import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import ru.gramota.registry.ParticipantRole;
import ru.gramota.search.IndexRecord;

/**
 * What the index takes of a batch of cards beside the cards themselves, each part in one query for the
 * whole batch: the people who work on them (and their names), the organisations they were sent to,
 * the addressees from the directory, the files' text, and the explicit grants. Reads only: no query
 * flushes the persistence context first (the indexer and a rebuild read what is committed).
 */
final class CardParts {

    /** A person working on a card, and how. */
    record Participant(long userId, ParticipantRole role) {}

    private final Map<Long, List<Participant>> participants = new HashMap<>();
    private final Map<Long, String> names = new HashMap<>();
    private final Map<Long, Map<Long, String>> recipients = new HashMap<>();
    private final Map<Long, List<String>> addressees = new HashMap<>();
    private final Map<Long, List<IndexRecord.File>> files = new HashMap<>();
    private final Map<Long, Set<Long>> grants;

    private CardParts(Map<Long, Set<Long>> grants) {
        this.grants = grants;
    }

    static CardParts read(EntityManager em, Collection<Long> ids, Map<Long, Set<Long>> grants) {
        CardParts parts = new CardParts(grants);
        em.createQuery(
                        "select p.id.documentId, p.id.userId, p.id.role from DocumentParticipant p"
                                + " where p.id.documentId in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .forEach(row -> parts.participants
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new Participant((Long) row[1], (ParticipantRole) row[2])));
        Set<Long> userIds = new HashSet<>();
        parts.participants.values().forEach(list -> list.forEach(p -> userIds.add(p.userId())));
        if (!userIds.isEmpty()) {
            em.createQuery("select u.id, u.fullName from UserAccount u where u.id in :ids", Object[].class)
                    .setParameter("ids", userIds)
                    .setFlushMode(FlushModeType.COMMIT)
                    .getResultStream()
                    .forEach(row -> parts.names.put((Long) row[0], (String) row[1]));
        }
        em.createQuery(
                        "select r.document.id, o.id, o.name from DocumentRecipient r join r.organisation o"
                                + " where r.document.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .forEach(row -> parts.recipients
                        .computeIfAbsent((Long) row[0], id -> new LinkedHashMap<>())
                        .put((Long) row[1], (String) row[2]));
        em.createQuery(
                        "select d.id, c.name from Document d join d.addresseeCorrespondents c where d.id in :ids",
                        Object[].class)
                .setParameter("ids", ids)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .forEach(row -> parts.addressees
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add((String) row[1]));
        em.createQuery(
                        "select f.document.id, f.fileName, f.text from DocumentFile f"
                                + " where f.document.id in :ids and f.text is not null order by f.id",
                        Object[].class)
                .setParameter("ids", ids)
                .setFlushMode(FlushModeType.COMMIT)
                .getResultStream()
                .forEach(row -> parts.files
                        .computeIfAbsent((Long) row[0], id -> new ArrayList<>())
                        .add(new IndexRecord.File((String) row[1], (String) row[2])));
        return parts;
    }

    List<Participant> participants(long documentId) {
        return participants.getOrDefault(documentId, List.of());
    }

    /** A person's full name, or empty when the account is gone. */
    String name(long userId) {
        return names.getOrDefault(userId, "");
    }

    /** The organisations the card was sent to: id → name. */
    Map<Long, String> recipients(long documentId) {
        return recipients.getOrDefault(documentId, Map.of());
    }

    List<String> addressees(long documentId) {
        return addressees.getOrDefault(documentId, List.of());
    }

    List<IndexRecord.File> files(long documentId) {
        return files.getOrDefault(documentId, List.of());
    }

    Set<Long> grants(long documentId) {
        return grants.getOrDefault(documentId, Set.of());
    }
}
