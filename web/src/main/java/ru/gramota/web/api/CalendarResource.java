package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.io.InputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.admin.CalendarAdministration;
import ru.gramota.calendar.CalendarYear;
import ru.gramota.calendar.CalendarYearView;
import ru.gramota.calendar.ProductionCalendars;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.web.Uploads;

/** The production calendar: which days are worked, per year. */
@Path("/calendar")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Production calendar")
public class CalendarResource {

    /** A calendar file is a few kilobytes; a megabyte is room for any comment in it. */
    public static final int MAX_FILE_BYTES = 1024 * 1024;

    @EJB
    private ProductionCalendars calendars;

    @EJB
    private CalendarAdministration administration;

    @GET
    @Path("{year}")
    @Operation(
            summary = "A year of the production calendar: its days off, shortened and worked weekend days",
            description = "loaded is false for a year nobody loaded: its days are then the Labour Code's alone"
                    + " (Saturdays, Sundays, the holidays of article 112 and the weekend ones moved to the next"
                    + " working day), and the Government's decree for that year may move more; load it when it is"
                    + " adopted. days lists only what differs from an ordinary five-day week.")
    @APIResponse(responseCode = "200", description = "The year")
    @APIResponse(responseCode = "400", description = "Not a year from 2000 to 2100")
    public CalendarYearView year(@Parameter(example = "2026") @PathParam("year") String year) {
        return calendars.year(CalendarYear.parse(year, "year"));
    }

    @PUT
    @Path("{year}")
    @Consumes({MediaType.APPLICATION_XML, MediaType.TEXT_XML, "text/csv", MediaType.TEXT_PLAIN})
    @Operation(
            summary = "Load a year's production calendar from a file (installation administrators)",
            description = "The body is the widely used public production-calendar XML (<calendar year=\"2027\">"
                    + " with <day d=\"MM.DD\" t=\"1|2|3\" h=\"…\" f=\"MM.DD\"/>: t=1 a day off, t=2 a shortened"
                    + " day, t=3 a worked Saturday or Sunday; the encoding its declaration names; no DOCTYPE) or CSV"
                    + " in UTF-8 with the header date;kind;holiday;moved_from (ISO dates; kind day-off, shortened or"
                    + " working-weekend). It replaces what the year held, all or nothing: a file with a bad day is"
                    + " refused with every bad day and its line. Audited.")
    @APIResponse(responseCode = "200", description = "The year as loaded")
    @APIResponse(
            responseCode = "400",
            description = "Not a year, a file of another year, an impossible date, a day listed twice, a"
                    + " kind that does not fit the weekday, a DOCTYPE, or no day off at all")
    @APIResponse(responseCode = "403", description = "Not an installation administrator")
    public CalendarYearView load(
            @Parameter(example = "2027") @PathParam("year") String year,
            @Parameter(
                            example = "Постановление Правительства РФ № 1466",
                            description = "What the file is, kept with the year (at most 300 characters)")
                    @QueryParam("source")
                    String source,
            InputStream file) {
        int loaded = CalendarYear.parse(year, "year");
        String from = source == null || source.isBlank() ? "file loaded through the API" : source.strip();
        if (from.length() > ProductionCalendars.SOURCE_LENGTH) {
            throw new InvalidInputException("source", CommonReason.TOO_LONG, ProductionCalendars.SOURCE_LENGTH);
        }
        return administration.load(loaded, Uploads.bytes(file, MAX_FILE_BYTES), from);
    }
}
