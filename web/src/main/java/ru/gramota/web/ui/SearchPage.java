package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Localized;
import ru.gramota.registry.DocumentKind;
import ru.gramota.search.Search;
import ru.gramota.search.SearchRequest;
import ru.gramota.search.SearchResults;
import ru.gramota.search.SearchSchema.Facet;

/**
 * The results of the header's search box: hits with the passages that matched, facets to narrow them
 * by, order and pages. Everything the page shows is in its address ({@code q}, one parameter per facet,
 * {@code order}, {@code page}), so a search can be bookmarked, sent and reloaded. A query the search
 * refuses (too long, a date the calendar lacks) says why on the page; nothing here is an error page.
 */
@Named
@RequestScoped
public class SearchPage {

    static final int SIZE = 20;

    private static final Pattern PAGE = Pattern.compile("\\d{1,18}");

    @EJB
    private Search search;

    private String q;
    private final Map<Facet, String> filters = new EnumMap<>(Facet.class);
    private String order;
    private String page;
    private SearchResults results;
    private String refusal;

    /** Runs the search the address describes. */
    public void load() {
        if (page != null && !PAGE.matcher(page).matches()) {
            refusal = "Номер страницы — целое число от 1, а не «" + page + "».";
            return;
        }
        if (order != null && !List.of("relevance", "newest", "oldest").contains(order)) {
            refusal = "Порядок — relevance, newest или oldest, а не «" + order + "».";
            return;
        }
        try {
            results = search.search(new SearchRequest(q, filters, null, null, order(), pageNumber(), SIZE));
        } catch (InvalidInputException e) {
            refusal = e.errors().stream()
                    .map(error -> error.message(Localized.RUSSIAN))
                    .collect(Collectors.joining(" "));
        }
    }

    private SearchRequest.Order order() {
        return "newest".equals(order)
                ? SearchRequest.Order.NEWEST
                : "oldest".equals(order) ? SearchRequest.Order.OLDEST : SearchRequest.Order.RELEVANCE;
    }

    /** The page asked for; one beyond reach goes to the search, which says how far pages go. */
    private int pageNumber() {
        return page == null ? 1 : (int) Math.min(Long.parseLong(page), Integer.MAX_VALUE);
    }

    /** The address of this search with one parameter changed (null removes it); page 1 unless it is the page. */
    private String with(String name, String value) {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("q", q);
        filters.forEach((facet, v) -> parameters.put(facet.dimension(), v));
        parameters.put("order", order);
        parameters.put(name, value);
        if (!"page".equals(name)) {
            parameters.remove("page");
        }
        String context = FacesContext.getCurrentInstance().getExternalContext().getRequestContextPath();
        return context + "/search.xhtml?"
                + parameters.entrySet().stream()
                        .filter(e -> e.getValue() != null && !e.getValue().isBlank())
                        .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                        .collect(Collectors.joining("&"));
    }

    /** Narrows the results to one value of a facet. */
    public String narrowed(String dimension, String value) {
        return with(dimension, value);
    }

    /** The results without a facet's filter. */
    public String widened(String dimension) {
        return with(dimension, null);
    }

    public String ordered(String by) {
        return with("order", by);
    }

    public String paged(int number) {
        return with("page", Integer.toString(number));
    }

    /** The hit's title as HTML: with the matching words marked when they are in it, escaped as it is otherwise. */
    public String titleHtml(SearchResults.Hit hit) {
        return hit.snippets().stream()
                .filter(snippet -> snippet.file() == null)
                .map(SearchResults.Snippet::html)
                .findFirst()
                .orElseGet(() -> escape(hit.title()));
    }

    /** The passages of the hit's files that matched. */
    public List<SearchResults.Snippet> fileSnippets(SearchResults.Hit hit) {
        return hit.snippets().stream().filter(snippet -> snippet.file() != null).toList();
    }

    private static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;")
                        .replace("'", "&#39;");
    }

    /** A facet's value as people read it: a kind or state in Russian, codes and years as they are. */
    public String label(String dimension, String value) {
        if (value == null) {
            return ""; // a record without it (a document never registered has no kind)
        }
        if ("kind".equals(dimension)) {
            try {
                return DocumentKind.valueOf(value).russianName();
            } catch (IllegalArgumentException e) {
                return value;
            }
        }
        if ("status".equals(dimension)) {
            return switch (value) {
                case "REGISTERED" -> "Зарегистрирован";
                case "CANCELLED" -> "Отменён";
                case "DRAFT" -> "Не зарегистрирован";
                default -> value;
            };
        }
        return value;
    }

    /** The facets in the order the page shows them, with the Russian heading of each. */
    public Map<String, String> getFacetHeadings() {
        Map<String, String> headings = new LinkedHashMap<>();
        headings.put(Facet.KIND.dimension(), "Вид");
        headings.put(Facet.YEAR.dimension(), "Год");
        headings.put(Facet.ORGANISATION.dimension(), "Организация");
        headings.put(Facet.JOURNAL.dimension(), "Журнал");
        headings.put(Facet.STATUS.dimension(), "Состояние");
        return headings;
    }

    public List<SearchResults.FacetCount> facet(String dimension) {
        return results == null ? List.of() : results.facets().getOrDefault(dimension, List.of());
    }

    /** The value a facet is narrowed to, or null. */
    public String filter(String dimension) {
        return filters.entrySet().stream()
                .filter(e -> e.getKey().dimension().equals(dimension))
                .map(Map.Entry::getValue)
                .findFirst()
                .orElse(null);
    }

    public boolean hasNext() {
        return results != null
                && (long) results.page() * results.size() < Math.min(results.total(), SearchRequest.DEEPEST);
    }

    public int lastPage() {
        return results == null
                ? 1
                : (int) Math.max(1, (Math.min(results.total(), SearchRequest.DEEPEST) + SIZE - 1) / SIZE);
    }

    public String date(LocalDate date) {
        return date == null
                ? ""
                : String.format("%02d.%02d.%d", date.getDayOfMonth(), date.getMonthValue(), date.getYear());
    }

    private void filter(Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            filters.put(facet, value.strip());
        }
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getKind() {
        return filter("kind");
    }

    public void setKind(String kind) {
        filter(Facet.KIND, kind);
    }

    public String getYear() {
        return filter("year");
    }

    public void setYear(String year) {
        filter(Facet.YEAR, year);
    }

    public String getOrganisation() {
        return filter("organisation");
    }

    public void setOrganisation(String organisation) {
        filter(Facet.ORGANISATION, organisation);
    }

    public String getStatus() {
        return filter("status");
    }

    public void setStatus(String status) {
        filter(Facet.STATUS, status);
    }

    public String getJournal() {
        return filter("journal");
    }

    public void setJournal(String journal) {
        filter(Facet.JOURNAL, journal);
    }

    public String getOrder() {
        return order;
    }

    public void setOrder(String order) {
        this.order = order;
    }

    public String getPage() {
        return page;
    }

    public void setPage(String page) {
        this.page = page;
    }

    public SearchResults getResults() {
        return results;
    }

    public String getRefusal() {
        return refusal;
    }
}
