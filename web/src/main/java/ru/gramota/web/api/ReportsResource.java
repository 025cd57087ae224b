package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.control.AssignmentView;
import ru.gramota.control.ControlReports;
import ru.gramota.control.Discipline;
import ru.gramota.control.RegistrationReport;
import ru.gramota.platform.BusinessTime;
import ru.gramota.web.ContentDisposition;
import ru.gramota.web.ReportFiles;

/**
 * Control's reports for managers and controllers: execution discipline per executor or department,
 * the assignments behind each of its numbers, registrations per journal and month; as JSON, CSV or XLSX.
 */
@Path("/reports")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control of execution")
public class ReportsResource {

    @EJB
    private ControlReports reports;

    @Inject
    private BusinessTime time;

    @GET
    @Path("discipline")
    @Operation(
            summary = "Execution discipline of an organisation and those below it, for assignments due in a period",
            description = "Per executor (by=executor) or department (by=department): done on time, done late,"
                    + " overdue and still open, in progress, and the share on time among those judged. The period is"
                    + " this year when not given; at most five years. format=csv or xlsx downloads it as a file.")
    @APIResponse(responseCode = "200", description = "The report, or its file")
    @APIResponse(responseCode = "403", description = "Not a manager or controller of the organisation or above it")
    public Response discipline(
            @Parameter(example = "MO-NOVOSIB", required = true) @QueryParam("organisation") String organisation,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(example = "executor") @QueryParam("by") @DefaultValue("executor") String by,
            @Parameter(example = "json", description = "json, csv or xlsx") @QueryParam("format") @DefaultValue("json")
                    String format) {
        Discipline report = reports.discipline(organisation, start(from), end(to), by(by));
        return answer(report, ReportFiles.of(report), format, "discipline");
    }

    @GET
    @Path("discipline/assignments")
    @Operation(summary = "The assignments behind one number of the discipline report: a row's key and a category")
    @APIResponse(responseCode = "200", description = "A page of assignments, nearest deadline first")
    public List<AssignmentView> behind(
            @Parameter(example = "MO-NOVOSIB", required = true) @QueryParam("organisation") String organisation,
            @Parameter(example = "2026-01-01") @QueryParam("from") String from,
            @Parameter(example = "2026-12-31") @QueryParam("to") String to,
            @Parameter(example = "executor") @QueryParam("by") @DefaultValue("executor") String by,
            @Parameter(example = "kuznetsov", description = "The row's key: a user name or a department id")
                    @QueryParam("key")
                    String key,
            @Parameter(example = "late", description = "on-time, late, overdue or in-progress") @QueryParam("category")
                    String category,
            @Parameter(example = "0") @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(example = "50") @QueryParam("limit") @DefaultValue("50") int limit) {
        return reports.behind(
                organisation,
                start(from),
                end(to),
                by(by),
                key,
                Requests.oneOf(
                        Discipline.Category.class, category == null ? null : category.replace('-', '_'), "category"),
                offset,
                limit);
    }

    @GET
    @Path("registrations")
    @Operation(
            summary = "Documents registered per journal, kind and month of a year, with the share put on control",
            description = "format=csv or xlsx downloads it as a file.")
    public Response registrations(
            @Parameter(example = "MO-NOVOSIB", required = true) @QueryParam("organisation") String organisation,
            @Parameter(example = "2026") @QueryParam("year") String year,
            @Parameter(example = "json") @QueryParam("format") @DefaultValue("json") String format) {
        RegistrationReport report = reports.registrations(organisation, year == null ? time.year() : year(year));
        return answer(report, ReportFiles.of(report), format, "registrations");
    }

    private static Response answer(Object report, ReportFiles.Table table, String format, String name) {
        return switch (Requests.oneOf(Format.class, format, "format")) {
            case JSON -> Response.ok(report, MediaType.APPLICATION_JSON_TYPE).build();
            case CSV ->
                Response.ok(ReportFiles.csv(table), ReportFiles.CSV)
                        .header("Content-Disposition", ContentDisposition.of(false, name + ".csv"))
                        .build();
            case XLSX ->
                Response.ok(ReportFiles.xlsx(table), ReportFiles.XLSX)
                        .header("Content-Disposition", ContentDisposition.of(false, name + ".xlsx"))
                        .build();
        };
    }

    /** What a report is answered as. */
    enum Format {
        JSON,
        CSV,
        XLSX
    }

    private LocalDate start(String from) {
        return from == null || from.isBlank() ? LocalDate.of(time.year(), 1, 1) : IsoDates.date(from.strip(), "from");
    }

    private LocalDate end(String to) {
        return to == null || to.isBlank() ? LocalDate.of(time.year(), 12, 31) : IsoDates.date(to.strip(), "to");
    }

    private static Discipline.By by(String by) {
        return Requests.oneOf(Discipline.By.class, by, "by");
    }

    private static int year(String year) {
        try {
            return Integer.parseInt(year.strip());
        } catch (NumberFormatException e) {
            throw new ru.gramota.platform.InvalidInputException(
                    "year", ru.gramota.platform.CommonReason.NOT_A_WHOLE_NUMBER);
        }
    }
}
