package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumMap;
import java.util.Map;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.search.Search;
import ru.gramota.search.SearchReason;
import ru.gramota.search.SearchRequest;
import ru.gramota.search.SearchResults;
import ru.gramota.search.SearchSchema.Facet;

/** Full-text search over everything the caller may read. */
@Path("/search")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Search")
public class SearchResource {

    private static final Pattern WHOLE_NUMBER = Pattern.compile("\\d{1,18}");
    private static final Pattern YEAR = Pattern.compile("\\d{4}");

    @EJB
    private Search search;

    @GET
    @Operation(
            summary = "Find documents by words, numbers, names and dates, among those you may read",
            description = "q is what a clerk types: words (all must match, in any form: «договоров» finds"
                    + " «договор»), \"a phrase\", prefix*, typo~, -excluded, a registration or sender number or its"
                    + " beginning (01-12/3 finds 01-12/345), and fields by their Russian names: номер:, исх:, от:,"
                    + " кому:, подписал:, исполнитель:, дело:, вид:, содержание:, текст:, файл:, поручение:, журнал:, тип:,"
                    + " организация:, статус:, дата:2026-03 or дата:2026-01-01..2026-03-31. What is not syntax is"
                    + " read as words. An empty q lists everything you may read. kind, year, organisation, status"
                    + " and journal narrow the results to one facet value, as the facets of the answer count them.")
    @APIResponse(responseCode = "200", description = "A page of hits, the total and the facet counts")
    @APIResponse(
            responseCode = "400",
            description = "A parameter is wrong, the query is longer than 1000 characters or 64 words,"
                    + " names a date the calendar does not have, or the page goes past the first 10,000 hits")
    public SearchResults search(
            @Parameter(example = "договор поставки от:Минобр") @QueryParam("q") String q,
            @Parameter(example = "INCOMING") @QueryParam("kind") String kind,
            @Parameter(example = "2026") @QueryParam("year") String year,
            @Parameter(example = "MO-NOVOSIB") @QueryParam("organisation") String organisation,
            @Parameter(example = "REGISTERED") @QueryParam("status") String status,
            @Parameter(example = "MO-NOVOSIB/IN") @QueryParam("journal") String journal,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(example = "relevance", description = "relevance (default), newest or oldest")
                    @QueryParam("order")
                    String order,
            @Parameter(example = "1") @QueryParam("page") String page,
            @Parameter(example = "20") @QueryParam("size") String size) {
        Map<Facet, String> filters = new EnumMap<>(Facet.class);
        put(filters, Facet.KIND, kind);
        if (year != null && !year.isBlank()) {
            if (!YEAR.matcher(year.strip()).matches()) {
                throw new InvalidInputException(
                        "year", CommonReason.OUT_OF_RANGE, IsoDates.FIRST_YEAR, IsoDates.LAST_YEAR);
            }
            put(filters, Facet.YEAR, year);
        }
        put(filters, Facet.ORGANISATION, organisation);
        put(filters, Facet.STATUS, status);
        put(filters, Facet.JOURNAL, journal);
        return search.search(new SearchRequest(
                q,
                filters,
                blank(from) ? null : IsoDates.date(from.strip(), "from"),
                blank(to) ? null : IsoDates.date(to.strip(), "to"),
                blank(order)
                        ? SearchRequest.Order.RELEVANCE
                        : Requests.oneOf(SearchRequest.Order.class, order, "order"),
                number(page, "page", 1),
                number(size, "size", 20)));
    }

    private static void put(Map<Facet, String> filters, Facet facet, String value) {
        if (!blank(value)) {
            filters.put(facet, value.strip());
        }
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static int number(String value, String field, int otherwise) {
        if (blank(value)) {
            return otherwise;
        }
        if (!WHOLE_NUMBER.matcher(value.strip()).matches()) {
            throw new InvalidInputException(field, CommonReason.NOT_A_WHOLE_NUMBER);
        }
        long number = Long.parseLong(value.strip());
        if (number > SearchRequest.DEEPEST) {
            throw new InvalidInputException(field, SearchReason.PAGE_TOO_FAR, SearchRequest.DEEPEST);
        }
        return (int) number;
    }
}
