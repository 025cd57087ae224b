package ru.gramota.web.ui;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.EJB;
import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.primefaces.component.datatable.DataTable;
import org.primefaces.model.FilterMeta;
import org.primefaces.model.LazyDataModel;
import org.primefaces.model.SortMeta;
import ru.gramota.platform.BusinessTime;
import ru.gramota.registry.service.CaseView;
import ru.gramota.registry.service.Choices;
import ru.gramota.registry.service.Choices.JournalChoice;
import ru.gramota.registry.service.Choices.OrganisationChoice;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.Correspondents;
import ru.gramota.registry.service.Nomenclature;
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
    private static final int SUGGESTIONS = 15;

    @EJB
    private transient Registrations registrations;

    @Inject
    private BusinessTime time;

    @EJB
    private transient Choices choices;

    @EJB
    private transient Correspondents correspondents;

    @EJB
    private transient Nomenclature nomenclature;

    private List<OrganisationChoice> organisationChoices;
    private List<JournalChoice> journalChoices;
    private List<CaseView> caseChoices;
    private CorrespondentView correspondent;
    private Long caseId;

    private String organisation;
    private String journal;
    private String kind;
    private String status;
    private LocalDate from;
    private LocalDate to;
    private boolean oldestFirst;

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
        if (FacesContext.getCurrentInstance().getViewRoot().findComponent(":list:documents")
                instanceof DataTable table) {
            table.setFirst(0);
        }
    }

    /**
     * Another organisation chosen: its journals and cases to choose from, a journal or case of the
     * former one forgotten.
     */
    public void organisationChosen() {
        journalChoices = null;
        caseChoices = null;
        if (journal != null && getJournals().stream().noneMatch(j -> j.code().equals(journal))) {
            journal = null;
        }
        if (caseId != null && getCases().stream().noneMatch(c -> c.id() == caseId)) {
            caseId = null;
        }
    }

    /** The correspondents whose names match what the reader types. */
    public List<CorrespondentView> findCorrespondents(String typed) {
        return correspondents.search(typed, null, SUGGESTIONS);
    }

    /** The chosen organisation's cases of this year's nomenclature (none before one is chosen). */
    public List<CaseView> getCases() {
        if (caseChoices == null) {
            caseChoices = organisation == null ? List.of() : nomenclature.cases(organisation, time.year());
        }
        return caseChoices;
    }

    /** The organisations the reader holds a role in, by name. */
    public List<OrganisationChoice> getOrganisations() {
        if (organisationChoices == null) {
            organisationChoices = choices.organisations();
        }
        return organisationChoices;
    }

    /** The journals of the organisation chosen, or of all the reader's organisations. */
    public List<JournalChoice> getJournals() {
        if (journalChoices == null) {
            journalChoices = choices.journals(organisation);
        }
        return journalChoices;
    }

    public LazyDataModel<RegistrationSummary> getModel() {
        return model;
    }

    /** The lazy model behind the table: keyset pages, remembered by their first row. */
    private final class Model extends LazyDataModel<RegistrationSummary> {

        private static final long serialVersionUID = 1L;

        /** The id after which the page starting at this row begins (null: the first page). */
        private final Map<Integer, Long> pageStarts = new HashMap<>();

        private boolean loadedOldestFirst;
        private int rows;
        private int loadedFirst = -1;
        private List<RegistrationSummary> loaded = List.of();
        private boolean more;

        void reset() {
            pageStarts.clear();
            loadedFirst = -1;
            loaded = List.of();
            more = false;
        }

        /**
         * The rows known so far, and one page more while there are more: the paginator offers the next
         * page without a count of every registration the reader may see (which would cost more than
         * the page itself), and says which rows a page shows, not how many there are in all.
         */
        @Override
        public int count(Map<String, FilterMeta> filterBy) {
            return Math.max(loadedFirst, 0) + loaded.size() + (more ? rows : 0);
        }

        @Override
        public List<RegistrationSummary> load(
                int first, int pageSize, Map<String, SortMeta> sortBy, Map<String, FilterMeta> filterBy) {
            if (oldestFirst != loadedOldestFirst || pageSize != rows) {
                loadedOldestFirst = oldestFirst;
                rows = pageSize;
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
            loaded = more ? List.copyOf(page.subList(0, pageSize)) : page;
            loadedFirst = start;
            if (more) {
                pageStarts.put(start + pageSize, loaded.get(loaded.size() - 1).id());
            }
            setRowCount(count(filterBy));
            return loaded;
        }

        private List<RegistrationSummary> fetch(Long after, int limit) {
            ZoneId zone = time.zone();
            return registrations.list(new RegistrationQuery(
                    organisation,
                    journal,
                    kind,
                    status,
                    from == null ? null : from.atStartOfDay(zone).toInstant(),
                    to == null ? null : to.plusDays(1).atStartOfDay(zone).toInstant(),
                    correspondent == null ? null : correspondent.id(),
                    caseId,
                    loadedOldestFirst,
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

    public CorrespondentView getCorrespondent() {
        return correspondent;
    }

    public void setCorrespondent(CorrespondentView correspondent) {
        this.correspondent = correspondent;
    }

    public Long getCaseId() {
        return caseId;
    }

    public void setCaseId(Long caseId) {
        this.caseId = caseId;
    }

    public boolean isOldestFirst() {
        return oldestFirst;
    }

    public void setOldestFirst(boolean oldestFirst) {
        this.oldestFirst = oldestFirst;
    }

    public LocalDate getTo() {
        return to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }
}
