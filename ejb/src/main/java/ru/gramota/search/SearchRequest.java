package ru.gramota.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;

/**
 * A search as a clerk asks it: what they typed ({@link ClerkQuery}), the facet values they clicked
 * (each narrows the results to records with that value), a date range, the order and the page.
 *
 * @param filters the value of each facet the results must have, as {@link SearchResults} counts them
 * @param from the first date of the range, or null
 * @param to the last date of the range, or null
 * @param page from 1
 * @param size results per page, 1 to {@value #MAX_SIZE}
 */
public record SearchRequest(
        String query,
        Map<SearchSchema.Facet, String> filters,
        LocalDate from,
        LocalDate to,
        Order order,
        int page,
        int size) {

    public static final int MAX_SIZE = 100;
    /** The deepest result a page may reach: paging further is no way to find a letter. */
    public static final int DEEPEST = 10_000;

    /** How results are ordered. */
    public enum Order {
        /** Best match first, then newest. */
        RELEVANCE,
        NEWEST,
        OLDEST
    }

    public SearchRequest {
        filters = filters == null ? Map.of() : Map.copyOf(filters);
        order = order == null ? Order.RELEVANCE : order;
        List<FieldError> errors = new ArrayList<>();
        if (page < 1) {
            errors.add(new FieldError("page", CommonReason.OUT_OF_RANGE, 1, DEEPEST));
        }
        if (size < 1 || size > MAX_SIZE) {
            errors.add(new FieldError("size", CommonReason.OUT_OF_RANGE, 1, MAX_SIZE));
        }
        if (page >= 1 && size >= 1 && size <= MAX_SIZE && (long) page * size > DEEPEST) {
            errors.add(new FieldError("page", SearchReason.PAGE_TOO_FAR, DEEPEST));
        }
        if (from != null && to != null && to.isBefore(from)) {
            errors.add(new FieldError("to", CommonReason.TO_NOT_AFTER_FROM));
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    /** The first page of a query, 20 results, best first. */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, Map.of(), null, null, Order.RELEVANCE, 1, 20);
    }
}
