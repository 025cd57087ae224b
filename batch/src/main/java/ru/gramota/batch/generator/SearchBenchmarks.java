package ru.gramota.batch.generator;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import ru.gramota.access.AdministrationRights;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.search.SearchBenchmark;
import ru.gramota.search.SearchRequest;
import ru.gramota.search.SearchSchema;

/**
 * The search benchmark's runs inside the server (scripts/benchmark-search.sh), behind the data
 * generator's gate: an installation that turned the generator on, and an installation administrator.
 * Each run is checked whole before it starts; nothing is written.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SearchBenchmarks {

    public static final int MAX_CLIENTS = 64;
    public static final int MAX_SECONDS = 600;
    public static final int MAX_QUERIES = 100;
    public static final int MAX_RECORDS = 2_000_000;
    public static final int MAX_THREADS = 16;

    /**
     * A query of the mix, as GET /api/v1/search takes it: what a clerk types, and the facet values they
     * clicked (each may be null).
     */
    public record MixQuery(String q, String kind, String year, String organisation, String status, String journal) {}

    /** The mix as the service answers it and as raw Lucene does, one after the other. */
    public record Queries(SearchBenchmark.Figures service, SearchBenchmark.Figures raw) {}

    @EJB
    private AdministrationRights rights;

    @EJB
    private GeneratorSettings settings;

    @EJB
    private SearchBenchmark benchmark;

    /** Runs the mix as {@code username} through the search service, then on raw Lucene, with the same clients. */
    public Queries queries(String username, List<MixQuery> mix, int clients, int warmUpSeconds, int seconds) {
        requireAllowed();
        List<FieldError> errors = new ArrayList<>();
        if (username == null || username.isBlank()) {
            errors.add(new FieldError("username", CommonReason.REQUIRED));
        }
        if (mix == null || mix.isEmpty() || mix.size() > MAX_QUERIES) {
            errors.add(new FieldError("queries", CommonReason.OUT_OF_RANGE, 1, MAX_QUERIES));
        }
        range(errors, "clients", clients, 1, MAX_CLIENTS);
        range(errors, "warmUpSeconds", warmUpSeconds, 0, MAX_SECONDS);
        range(errors, "seconds", seconds, 1, MAX_SECONDS);
        List<SearchRequest> requests = new ArrayList<>();
        for (int i = 0; mix != null && i < mix.size() && i < MAX_QUERIES; i++) {
            SearchRequest request = request(mix.get(i), "queries[" + i + "]", errors);
            requests.add(request);
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Queries(
                benchmark.queries(username, requests, clients, warmUpSeconds, seconds, false),
                benchmark.queries(username, requests, clients, warmUpSeconds, seconds, true));
    }

    /** Times raw Lucene indexing of the first {@code records} records a rebuild reads, by {@code threads}. */
    public SearchBenchmark.Indexing indexing(Integer records, int threads) {
        requireAllowed();
        List<FieldError> errors = new ArrayList<>();
        if (records == null) {
            errors.add(new FieldError("records", CommonReason.REQUIRED));
        } else {
            range(errors, "records", records, 1, MAX_RECORDS);
        }
        range(errors, "threads", threads, 1, MAX_THREADS);
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return benchmark.indexing(records, threads);
    }

    private static SearchRequest request(MixQuery query, String field, List<FieldError> errors) {
        if (query.q() == null || query.q().isBlank()) {
            errors.add(new FieldError(field + ".q", CommonReason.REQUIRED));
            return null;
        }
        Map<SearchSchema.Facet, String> filters = new EnumMap<>(SearchSchema.Facet.class);
        put(filters, SearchSchema.Facet.KIND, query.kind());
        put(filters, SearchSchema.Facet.YEAR, query.year());
        put(filters, SearchSchema.Facet.ORGANISATION, query.organisation());
        put(filters, SearchSchema.Facet.STATUS, query.status());
        put(filters, SearchSchema.Facet.JOURNAL, query.journal());
        return new SearchRequest(query.q(), filters, null, null, SearchRequest.Order.RELEVANCE, 1, 20);
    }

    private static void put(Map<SearchSchema.Facet, String> filters, SearchSchema.Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(facet, value);
        }
    }

    private static void range(List<FieldError> errors, String field, int value, int min, int max) {
        if (value < min || value > max) {
            errors.add(new FieldError(field, CommonReason.OUT_OF_RANGE, min, max));
        }
    }

    private void requireAllowed() {
        settings.requireEnabled();
        rights.requireInstallationAdministrator();
    }
}
