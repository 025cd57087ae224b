package ru.gramota.search;

import jakarta.annotation.Resource;
import jakarta.ejb.EJB;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.facet.DrillDownQuery;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Search as a clerk uses it: what they typed, within what they may read. The access policy is a
 * filter inside the Lucene query ({@link ReaderKeys}), so hits, the total and every facet count are
 * counted among readable records only: nothing reveals a record the caller may not read.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Search {

    /** Values counted per facet. */
    static final int FACET_VALUES = 20;

    private static final ClerkQuery QUERIES = new ClerkQuery(SearchSchema.russianText());

    @EJB
    private SearchIndex index;

    @Inject
    private ReaderKeys readers;

    @Resource
    private SessionContext context;

    /** Searches among the records the signed-in caller may read. */
    public SearchResults search(SearchRequest request) {
        return searchFor(context.getCallerPrincipal().getName(), request);
    }

    /** Searches among the records a person may read: for the caller's search and for tests. */
    public SearchResults searchFor(String username, SearchRequest request) {
        Query typed = QUERIES.parse(request.query());
        Query query = query(request, typed, readers.of(username));
        return index.read(searcher -> page(searcher, query, typed, request));
    }

    /** The Lucene query of a request for a reader holding {@code keys}. */
    static Query query(SearchRequest request, Set<String> keys) {
        return query(request, QUERIES.parse(request.query()), keys);
    }

    /** The Lucene query of a request with no access filter: the raw baseline of {@link SearchBenchmark}. */
    static Query unfiltered(SearchRequest request) {
        return query(request, QUERIES.parse(request.query()), null);
    }

    /** What was typed ({@code typed}), within the request's filters and what the keys (null: all) may read. */
    private static Query query(SearchRequest request, Query typed, Set<String> keys) {
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(typed, Occur.MUST);
        if (keys != null) {
            query.add(
                    new TermInSetQuery(
                            SearchSchema.READERS,
                            keys.stream().map(BytesRef::new).toList()),
                    Occur.FILTER);
        }
        request.filters().forEach((facet, value) -> query.add(filter(facet, value), Occur.FILTER));
        if (request.from() != null || request.to() != null) {
            LocalDate from = request.from() == null ? LocalDate.MIN : request.from();
            LocalDate to = request.to() == null ? LocalDate.MAX : request.to();
            query.add(
                    LongPoint.newRangeQuery(SearchSchema.Field.DATE.fieldName(), from.toEpochDay(), to.toEpochDay()),
                    Occur.FILTER);
        }
        return query.build();
    }

    private static Query filter(SearchSchema.Facet facet, String value) {
        return new TermQuery(DrillDownQuery.term(FacetsConfig.DEFAULT_INDEX_FIELD_NAME, facet.dimension(), value));
    }

    private static SearchResults page(FacetedSearcher searcher, Query query, Query typed, SearchRequest request) {
        int wanted = request.page() * request.size();
        try {
            Sort sort = sort(request.order());
            FacetsCollectorManager.FacetsResult result = sort == null
                    ? FacetsCollectorManager.search(searcher, query, wanted, new FacetsCollectorManager())
                    : FacetsCollectorManager.search(searcher, query, wanted, sort, true, new FacetsCollectorManager());
            TopDocs top = result.topDocs();
            long total = result.facetsCollector().getMatchingDocs().stream()
                    .mapToLong(m -> m.totalHits)
                    .sum();
            List<SearchResults.Hit> hits = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = (request.page() - 1) * request.size(); i < docs.length; i++) {
                hits.add(hit(searcher, docs[i], typed, request.order() == SearchRequest.Order.RELEVANCE));
            }
            return new SearchResults(total, request.page(), request.size(), hits, facets(searcher, result));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot search the index", e);
        }
    }

    /** Ties (one day, one score) go by id, so that pages never overlap or skip. */
    private static Sort sort(SearchRequest.Order order) {
        SortField newest = new SortField(SearchSchema.SORT_DATE, SortField.Type.LONG, true);
        SortField lastId = new SortField(SearchSchema.ENTITY_ID, SortField.Type.LONG, true);
        return switch (order) {
            case RELEVANCE -> new Sort(SortField.FIELD_SCORE, newest, lastId);
            case NEWEST -> new Sort(newest, lastId);
            case OLDEST ->
                new Sort(
                        new SortField(SearchSchema.SORT_DATE, SortField.Type.LONG, false),
                        new SortField(SearchSchema.ENTITY_ID, SortField.Type.LONG, false));
        };
    }

    private static SearchResults.Hit hit(FacetedSearcher searcher, ScoreDoc scoreDoc, Query typed, boolean scored)
            throws IOException {
        org.apache.lucene.document.Document stored = searcher.storedFields().document(scoreDoc.doc);
        Map<String, String> facets = new LinkedHashMap<>();
        for (SearchSchema.Facet facet : SearchSchema.Facet.values()) {
            String value = stored.get(RecordDocuments.shown(facet));
            if (value != null) {
                facets.put(facet.dimension(), value);
            }
        }
        String date = stored.get(RecordDocuments.SHOWN_DATE);
        return new SearchResults.Hit(
                stored.get(SearchSchema.ENTITY_TYPE),
                stored.getField(SearchSchema.ENTITY_ID).numericValue().longValue(),
                stored.get(RecordDocuments.SHOWN_NUMBER),
                stored.get(RecordDocuments.SHOWN_TITLE),
                date == null ? null : LocalDate.parse(date),
                facets,
                scored && !Float.isNaN(scoreDoc.score) ? scoreDoc.score : null,
                Snippets.of(stored, typed));
    }

    private static Map<String, List<SearchResults.FacetCount>> facets(
            FacetedSearcher searcher, FacetsCollectorManager.FacetsResult result) throws IOException {
        Map<String, List<SearchResults.FacetCount>> counts = new LinkedHashMap<>();
        if (searcher.facets() == null) {
            return counts;
        }
        Facets facets = new SortedSetDocValuesFacetCounts(searcher.facets(), result.facetsCollector());
        for (SearchSchema.Facet facet : SearchSchema.Facet.values()) {
            List<SearchResults.FacetCount> values = new ArrayList<>();
            FacetResult top;
            try {
                top = facets.getTopChildren(FACET_VALUES, facet.dimension());
            } catch (IllegalArgumentException e) {
                top = null; // no record has this facet yet
            }
            if (top != null) {
                for (LabelAndValue value : top.labelValues) {
                    values.add(new SearchResults.FacetCount(value.label, value.value.longValue()));
                }
            }
            counts.put(facet.dimension(), values);
        }
        return counts;
    }
}
