package ru.gramota.registry.service;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import ru.gramota.org.Organisation;
import ru.gramota.platform.DatabaseProduct;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.Correspondence;
import ru.gramota.registry.Document;
import ru.gramota.registry.DocumentFile;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.DocumentLink;
import ru.gramota.registry.DocumentStatus;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.access.DocumentFilter;

/**
 * The queries of registered cards: the list's pages and the probable duplicates of an incoming
 * letter. The services ask here, then work on the documents in the domain.
 */
@ApplicationScoped
class RegistrationRepository {

    @PersistenceContext(unitName = "gramota")
    private EntityManager em;

    /**
     * A page of the registrations the filter lets through, filtered and paged by key. The access
     * policy is part of the query, so a page never holds what the caller may not see; each filter has
     * an index ending in the id, so the first page of any filter is read from an index, at any size of
     * the table. A period also bounds the ids, so that its first page is found without reading the
     * whole period.
     */
    List<RegistrationSummary> page(RegistrationQuery query, DocumentFilter filter) {
        List<Long> page = pageIds(query, filter);
        if (page.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "select d from Document d join fetch d.organisation join fetch d.number.journal"
                                + " left join fetch d.correspondence.correspondent"
                                + " left join fetch d.filing.nomenclatureCase"
                                + " where d.id in :page order by d.id " + (query.oldestFirst() ? "asc" : "desc"),
                        Document.class)
                .setParameter("page", page)
                .getResultStream()
                .map(RegistrationSummary::of)
                .toList();
    }

    /**
     * The page's ids, from the document table alone: with the organisation joined for the list,
     * Hibernate would test the access policy's d.organisation.id on the joined row, which PostgreSQL
     * cannot use to walk the documents by id (15 s instead of 1 ms at a million).
     */
    private List<Long> pageIds(RegistrationQuery query, DocumentFilter filter) {
        if (DatabaseProduct.isPostgreSQL()) {
            // Plans for the values, in this transaction. After five runs on a connection PostgreSQL
            // plans the driver's prepared statement once for any values, and for a journal that plan
            // read the organisation's documents in it and sorted them (22 ms at 52,000, growing with
            // the journal) where the plan for the values walks (journal_id, id) back from the newest
            // (0.05 ms, planned in 0.1 ms). docs/benchmarks.md, the write path.
            em.createNativeQuery("set local plan_cache_mode = force_custom_plan")
                    .executeUpdate();
        }
        Map<String, Object> parameters = new HashMap<>();
        StringBuilder organisationFilter = new StringBuilder();
        if (query.organisationCode() != null) {
            List<Long> organisation = em.createQuery(
                            "select o.id from Organisation o where o.code = :organisation", Long.class)
                    .setParameter("organisation", query.organisationCode())
                    .getResultList();
            if (organisation.isEmpty()) {
                return List.of();
            }
            filter = filter.within(organisation.get(0));
            if (query.journalCode() == null) {
                // With a journal, the organisation's journal says it all. Asked for both, PostgreSQL took
                // them for independent and estimated 802 of the journal's 38,366 documents, so it read
                // them all and sorted them (30 ms) instead of walking the journal back from its newest.
                Long end = organisationEnd(organisation.get(0), query.oldestFirst());
                if (end == null) {
                    return List.of();
                }
                organisationFilter
                        .append(" and d.organisation.id = :organisation and d.id ")
                        .append(query.oldestFirst() ? ">=" : "<=")
                        .append(" :organisationEnd");
                parameters.put("organisation", organisation.get(0));
                parameters.put("organisationEnd", end);
            }
        }
        StringBuilder jpql = new StringBuilder(
                "select d.id from Document d where d.status <> :draft and " + filter.condition() + organisationFilter);
        parameters.putAll(filter.parameters());
        parameters.put("draft", DocumentStatus.DRAFT);
        if (!filter(query, jpql, parameters)) {
            return List.of();
        }
        if (query.afterId() != null) {
            jpql.append(query.oldestFirst() ? " and d.id > :after" : " and d.id < :after");
            parameters.put("after", query.afterId());
        }
        jpql.append(query.oldestFirst() ? " order by d.id asc" : " order by d.id desc");
        TypedQuery<Long> select = em.createQuery(jpql.toString(), Long.class);
        parameters.forEach(select::setParameter);
        return select.setMaxResults(query.limit()).getResultList();
    }

    /**
     * The organisation's newest document's id (its oldest's, for the oldest first), read from the end
     * of the index (organisation_id, id); null when it has none. The page's walk back along the ids
     * starts there: for an organisation that holds most of the documents PostgreSQL walks the primary
     * key from the newest document of all, and with a million in one organisation and 150,000 newer
     * ones in fifty others, each first page crossed all of those (170 ms, growing with the others'
     * writes; docs/benchmarks.md, the write path).
     */
    private Long organisationEnd(long organisation, boolean oldestFirst) {
        return em.createQuery(
                        "select " + (oldestFirst ? "min" : "max")
                                + "(d.id) from Document d where d.organisation.id = :organisation",
                        Long.class)
                .setParameter("organisation", organisation)
                .getSingleResult();
    }

    /**
     * Adds the query's filters to the condition; false when the period holds no registration, so
     * that the page is empty without a query.
     */
    private boolean filter(RegistrationQuery query, StringBuilder jpql, Map<String, Object> parameters) {
        // The journal by its ids, looked up first (the organisation's was looked up before). As a
        // subquery by code, a journal code such as IN matched every organisation's journal of that code,
        // and PostgreSQL read all the organisation's documents in them and sorted them (85 ms at 40,000
        // documents in a journal, 0.9 ms walking (journal_id, id) back from the newest).
        List<Long> journals = query.journalCode() == null ? null : journalIds(query);
        if (journals != null) {
            if (journals.isEmpty()) {
                return false;
            }
            jpql.append(" and d.number.journal.id in :journals");
            parameters.put("journals", journals);
        }
        if (query.kind() != null) {
            jpql.append(" and d.kind = :kind");
            parameters.put("kind", InvalidInputException.oneOf(query.kind(), "kind", DocumentKind.values()));
        }
        if (query.status() != null) {
            jpql.append(" and d.status = :status");
            parameters.put(
                    "status",
                    InvalidInputException.oneOf(
                            query.status(), "status", DocumentStatus.REGISTERED, DocumentStatus.CANCELLED));
        }
        if (query.registeredFrom() != null) {
            jpql.append(" and d.registeredAt >= :from");
            parameters.put("from", query.registeredFrom());
        }
        if (query.registeredTo() != null) {
            jpql.append(" and d.registeredAt < :to");
            parameters.put("to", query.registeredTo());
        }
        if (query.registeredFrom() != null && query.registeredTo() != null) {
            // The page is ordered by id, the period is a range of registration times. Left alone,
            // PostgreSQL either reads the whole period and sorts it, or walks back from the newest id
            // through every later registration, not knowing that ids and times rise together. The
            // period's registrations have ids between the smallest and the largest id registered in
            // it (in the journal asked for), read first from an index that ends in the id (V5).
            // Bounding d.id by them is exact, since they come from a superset of the rows selected,
            // and the walk back by id then starts at the period's end.
            long[] ids = idRangeOfPeriod(query, journals);
            if (ids.length == 0) {
                return false;
            }
            jpql.append(" and d.id between :lowestInPeriod and :highestInPeriod");
            parameters.put("lowestInPeriod", ids[0]);
            parameters.put("highestInPeriod", ids[1]);
        }
        if (query.correspondentId() != null) {
            jpql.append(" and d.correspondence.correspondent.id = :correspondent");
            parameters.put("correspondent", query.correspondentId());
        }
        if (query.caseId() != null) {
            jpql.append(" and d.filing.nomenclatureCase.id = :case");
            parameters.put("case", query.caseId());
        }
        return true;
    }

    /**
     * The smallest and the largest id registered in the query's closed period, in its journal if it
     * names one ({@code journals}, null for any); empty when there is none. One pass over the index
     * (journal_id, registered_at, id) or (registered_at, id), which holds all it reads.
     */
    private long[] idRangeOfPeriod(RegistrationQuery query, List<Long> journals) {
        // "+ 0": a plain min(id) or max(id) PostgreSQL answers by walking the primary key from one end,
        // filtering, which crosses every registration after the period; this way it reads the period.
        StringBuilder jpql = new StringBuilder("select min(p.id + 0), max(p.id + 0) from Document p"
                + " where p.registeredAt >= :from and p.registeredAt < :to");
        if (journals != null) {
            jpql.append(" and p.number.journal.id in :journals");
        }
        TypedQuery<Object[]> range = em.createQuery(jpql.toString(), Object[].class)
                .setParameter("from", query.registeredFrom())
                .setParameter("to", query.registeredTo());
        if (journals != null) {
            range.setParameter("journals", journals);
        }
        Object[] row = range.getSingleResult();
        return row[0] == null ? new long[0] : new long[] {((Number) row[0]).longValue(), ((Number) row[1]).longValue()};
    }

    /** The ids of the journals with the query's code: the organisation's one, or every organisation's. */
    private List<Long> journalIds(RegistrationQuery query) {
        TypedQuery<Long> journals = em.createQuery(
                        "select j.id from RegistrationJournal j where j.code = :journal"
                                + (query.organisationCode() == null ? "" : " and j.organisation.code = :organisation"),
                        Long.class)
                .setParameter("journal", query.journalCode());
        if (query.organisationCode() != null) {
            journals.setParameter("organisation", query.organisationCode());
        }
        return journals.getResultList();
    }

    /**
     * The registered cards of the organisation with the same correspondent, outgoing number and date:
     * the probable duplicates of an incoming letter, oldest first, at most 20.
     */
    List<Document> probableDuplicates(Organisation organisation, Correspondence from) {
        return em.createQuery(
                        "select d from Document d where d.organisation = :organisation and d.status = :registered"
                                + " and d.correspondence.correspondent = :correspondent"
                                + " and d.correspondence.senderNumber = :number"
                                + " and d.correspondence.senderDate = :date order by d.id",
                        Document.class)
                .setParameter("organisation", organisation)
                .setParameter("registered", DocumentStatus.REGISTERED)
                .setParameter("correspondent", from.correspondent())
                .setParameter("number", from.senderNumber())
                .setParameter("date", from.senderDate())
                .setMaxResults(20)
                .getResultList();
    }

    /** The links from a document, with the documents they lead to, in the order they were made. */
    List<DocumentLink> linksFrom(Document d) {
        return em.createQuery(
                        "select l from DocumentLink l join fetch l.to where l.from = :document order by l.id",
                        DocumentLink.class)
                .setParameter("document", d)
                .getResultList();
    }

    /** The links to a document, with the documents they come from, in the order they were made. */
    List<DocumentLink> linksTo(Document d) {
        return em.createQuery(
                        "select l from DocumentLink l join fetch l.from where l.to = :document order by l.id",
                        DocumentLink.class)
                .setParameter("document", d)
                .getResultList();
    }

    /** The files attached to a document, in the order they were attached. */
    List<DocumentFile> filesOf(Document d) {
        return em.createQuery(
                        "select f from DocumentFile f where f.document = :document order by f.id", DocumentFile.class)
                .setParameter("document", d)
                .getResultList();
    }

    /** Whether a link of the type already leads from one document to the other. */
    boolean linked(Document from, Document to, LinkType type) {
        return !em.createQuery(
                        "select l.id from DocumentLink l where l.from = :from and l.to = :to and l.type = :type",
                        Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .setParameter("type", type)
                .getResultList()
                .isEmpty();
    }

    /**
     * The registered card the filter lets through with exactly this number, the organisation's own
     * first, then the newest; empty if there is none.
     */
    List<Long> readableByNumber(String typed, Organisation organisation, DocumentFilter filter) {
        return filter.bind(em.createQuery(
                                "select d.id from Document d where d.number.text = :number"
                                        + " and d.status <> :draft and " + filter.condition()
                                        + " order by case when d.organisation.id = :organisation then 0 else 1 end,"
                                        + " d.id desc",
                                Long.class)
                        .setParameter("number", typed)
                        .setParameter("draft", DocumentStatus.DRAFT)
                        .setParameter("organisation", organisation.id()))
                .setMaxResults(1)
                .getResultList();
    }
}
