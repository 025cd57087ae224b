package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import java.io.ByteArrayInputStream;
import java.io.Serializable;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import org.primefaces.model.DefaultStreamedContent;
import org.primefaces.model.StreamedContent;
import ru.gramota.control.AssignmentView;
import ru.gramota.control.ControlReports;
import ru.gramota.control.Discipline;
import ru.gramota.control.RegistrationReport;
import ru.gramota.platform.AccessDeniedException;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.UnknownEntityException;
import ru.gramota.web.ReportFiles;

/**
 * Control's reports for managers and controllers: execution discipline per executor or department
 * with its chart and the assignments behind each number, and the registration report for the year;
 * both downloadable as CSV and XLSX.
 */
@Named
@ViewScoped
public class ReportsPage implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The most rows the chart shows; the table shows them all. */
    private static final int CHART_ROWS = 20;

    @EJB
    private ControlReports reports;

    @Inject
    private BusinessTime time;

    private String organisation;
    private LocalDate from;
    private LocalDate to;
    private String by = Discipline.By.EXECUTOR.name();
    private transient Discipline discipline;
    private transient RegistrationReport registrations;
    private transient List<AssignmentView> behind;
    private String behindTitle;
    private List<ControlReports.Overseen> organisations;

    public List<ControlReports.Overseen> getOrganisations() {
        if (organisations == null) {
            organisations = reports.overseen();
            if (organisation == null && !organisations.isEmpty()) {
                organisation = organisations.get(0).code();
            }
        }
        return organisations;
    }

    /** Counts the reports for the chosen organisation and period. */
    public void show() {
        behind = null;
        try {
            discipline = reports.discipline(organisation, getFrom(), getTo(), Discipline.By.valueOf(by));
            registrations = reports.registrations(organisation, getFrom().getYear());
        } catch (InvalidInputException e) {
            FacesErrors.show(e, "reportForm", Map.of("from", "from", "to", "to", "organisation", "organisation"));
        } catch (AccessDeniedException | UnknownEntityException e) {
            FacesErrors.refused(e);
        }
    }

    /** Shows the assignments behind one number of the discipline report. */
    public void drill(String key, String name, String category) {
        Discipline.Category chosen = Discipline.Category.valueOf(category);
        behind = reports.behind(organisation, getFrom(), getTo(), Discipline.By.valueOf(by), key, chosen, 0, 200);
        behindTitle = name + ": "
                + switch (chosen) {
                    case ON_TIME -> "исполнено в срок";
                    case LATE -> "исполнено с нарушением срока";
                    case OVERDUE -> "просрочено";
                    case IN_PROGRESS -> "на исполнении";
                };
    }

    /** The chart of the discipline report as Chart.js's configuration: a stacked bar per row. */
    public String getChart() {
        if (discipline == null) {
            return null;
        }
        List<Discipline.Row> rows = discipline.rows().stream()
                .sorted((a, b) -> Long.compare(b.total(), a.total()))
                .limit(CHART_ROWS)
                .toList();
        JsonArrayBuilder labels = Json.createArrayBuilder();
        rows.forEach(r -> labels.add(r.name()));
        JsonArrayBuilder sets = Json.createArrayBuilder()
                .add(set("Исполнено в срок", "#2e7d32", rows, Discipline.Row::onTime))
                .add(set("С нарушением срока", "#f9a825", rows, Discipline.Row::late))
                .add(set("Просрочено", "#c62828", rows, Discipline.Row::overdue))
                .add(set("На исполнении", "#1d4f91", rows, Discipline.Row::inProgress));
        return Json.createObjectBuilder()
                .add("type", "bar")
                .add("data", Json.createObjectBuilder().add("labels", labels).add("datasets", sets))
                .add(
                        "options",
                        Json.createObjectBuilder()
                                .add("indexAxis", "y")
                                .add("maintainAspectRatio", false)
                                .add(
                                        "scales",
                                        Json.createObjectBuilder()
                                                .add(
                                                        "x",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))
                                                .add(
                                                        "y",
                                                        Json.createObjectBuilder()
                                                                .add("stacked", true))))
                .build()
                .toString();
    }

    private static jakarta.json.JsonObjectBuilder set(
            String label, String colour, List<Discipline.Row> rows, ToLongFunction<Discipline.Row> value) {
        JsonArrayBuilder data = Json.createArrayBuilder();
        rows.forEach(r -> data.add(value.applyAsLong(r)));
        return Json.createObjectBuilder()
                .add("label", label)
                .add("backgroundColor", colour)
                .add("data", data);
    }

    /** The chart's height: enough for its rows. */
    public int getChartHeight() {
        return discipline == null
                ? 0
                : 80 + 28 * (int) Math.min(CHART_ROWS, discipline.rows().size());
    }

    public StreamedContent getDisciplineCsv() {
        return file(ReportFiles.csv(ReportFiles.of(discipline)), ReportFiles.CSV, "discipline.csv");
    }

    public StreamedContent getDisciplineXlsx() {
        return file(ReportFiles.xlsx(ReportFiles.of(discipline)), ReportFiles.XLSX, "discipline.xlsx");
    }

    public StreamedContent getRegistrationsCsv() {
        return file(ReportFiles.csv(ReportFiles.of(registrations)), ReportFiles.CSV, "registrations.csv");
    }

    public StreamedContent getRegistrationsXlsx() {
        return file(ReportFiles.xlsx(ReportFiles.of(registrations)), ReportFiles.XLSX, "registrations.xlsx");
    }

    private static StreamedContent file(byte[] content, String type, String name) {
        return DefaultStreamedContent.builder()
                .name(name)
                .contentType(type)
                .contentLength((long) content.length)
                .stream(() -> new ByteArrayInputStream(content))
                .build();
    }

    public Discipline getDiscipline() {
        return discipline;
    }

    public RegistrationReport getRegistrations() {
        return registrations;
    }

    public List<AssignmentView> getBehind() {
        return behind;
    }

    public String getBehindTitle() {
        return behindTitle;
    }

    public String getOrganisation() {
        getOrganisations();
        return organisation;
    }

    public void setOrganisation(String organisation) {
        this.organisation = organisation;
    }

    public LocalDate getFrom() {
        return from == null ? LocalDate.of(time.year(), 1, 1) : from;
    }

    public void setFrom(LocalDate from) {
        this.from = from;
    }

    public LocalDate getTo() {
        return to == null ? LocalDate.of(time.year(), 12, 31) : to;
    }

    public void setTo(LocalDate to) {
        this.to = to;
    }

    public String getBy() {
        return by;
    }

    public void setBy(String by) {
        this.by = by;
    }
}
