package ru.gramota.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import org.primefaces.model.SortOrder;
import ru.gramota.registry.service.Desk;
import ru.gramota.registry.service.RegistrationQuery;
import ru.gramota.registry.service.RegistrationSummary;
import ru.gramota.registry.service.Registrations;

/**
 * The documents list: filters above the table, newest or oldest first, pages read by key. The
 * table never holds more than a page; the paginator moves page by page (a count of a million
 * registrations would cost more than the page itself), remembering where each page it has shown
 * began, so going back costs what going forward does.
 */
@Named
@ViewScoped
public class DocumentsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @EJB
    private transient Registrations registrations;

    @EJB
    private transient Desk desk;

    private String organisation;
    private String journal;
    private String kind;
    private String status;
    private LocalDate from;
    private LocalDate to;

    private final Model model = new Model();

    @PostConstruct
    void readParameters() {
        Map<String, String> parameters =
                FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
        organisation = blankToNull(parameters.get("organisation"));
        journal = blankToNull(parameters.get("journal"));
    }

    /** Applies the filters: back to the first page. */
    public void search() {
        model.reset();
    }

    public LazyDataModel<RegistrationSummary> getModel() {
        return model;
    }

    /** The lazy model behind the table: keyset pages, remembered by their first row. */
    private final class Model extends LazyDataModel<RegistrationSummary> {

        private static final long serialVersionUID = 1L;

        /** The id after which the page starting at this row begins (null: the first page). */
        private final Map<Integer, Long> pageStarts = new HashMap<>();

        private boolean oldestFirst;
        private int loadedFirst = -1;
        private List<RegistrationSummary> loaded = List.of();
        private boolean more;

        void reset() {
            pageStarts.clear();
            loadedFirst = -1;
        }

        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            // Known rows so far, plus one page when there are more: the paginator offers "next".
            return Math.max(loadedFirst, 0) + loaded.size() + (more ? getPageSize() : 0);
        }

        @Override
        public List<RegistrationSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            boolean oldest = sortBy.values().stream().anyMatch(s -> s.getOrder() == SortOrder.ASCENDING);
            if (oldest != oldestFirst) {
                oldestFirst = oldest;
                reset();
            }
            int start = pageStarts.containsKey(first) || first == 0 ? first : 0;
            Long after = start == 0 ? null : pageStarts.get(start);
            List<RegistrationSummary> page = fetch(after, pageSize + 1);
            while (start < first && page.size() > pageSize) {
                // A jump ahead: walk page by page from the last known start.
                after = page.get(pageSize - 1).id();
                start += pageSize;
                pageStarts.put(start, after);
                page = fetch(after, pageSize + 1);
            }
            more = page.size() > pageSize;
            loaded = more ? page.subList(0, pageSize) : page;
            loadedFirst = start;
            if (more) {
                pageStarts.put(start + pageSize, loaded.get(loaded.size() - 1).id());
            }
            setRowCount(count(filterBy));
            return loaded;
        }

        private List<RegistrationSummary> fetch(Long after, int limit) {
            ZoneId zone = desk.zone();
            return registrations.list(new RegistrationQuery(
                    organisation,
                    journal,
                    kind,
                    status,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                    null,
                    null,
                    oldestFirst,
                    after,
                    Math.min(limit, RegistrationQuery.MAX_LIMIT)));
        }

        @Override
        public String getRowKey(RegistrationSummary row) {
            return Long.toString(row.id());
        }

        @Override
        public RegistrationSummary getRowData(String rowKey) {
            return loaded.stream()
                    .filter(r -> Long.toString(r.id()).equals(rowKey))
                    .findFirst()
                    .orElse(null);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    public String getOrganisation() {
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = blankToNull(organisation);
    }

    public String getJournal() {
        return journal;
    }

    public void setJournal(String journal) {
        this.journal = blankToNull(journal);
    }

    public String getKind() {
        return kind;
    }

    public void setKind(String kind) {
        this.kind = blankToNull(kind);
    }

    public String getStatus() {
        return status;
    }

    public void setStatus(String status) {
        this.status = blankToNull(status);
    }

    public LocalDate getFrom() {
        return from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
