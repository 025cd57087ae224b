package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.control.ControlReason;
import ru.gramota.control.Deadline;
import ru.gramota.control.Deadlines;
import ru.gramota.control.Urgency;
import ru.gramota.platform.BusinessTime;
import ru.gramota.platform.InvalidInputException;

/** Deadlines as control sets them, for the resolution form to propose. */
@Path("/deadlines")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control of execution")
public class DeadlinesResource {

    @EJB
    private Deadlines deadlines;

    @Inject
    private BusinessTime time;

    @GET
    @Operation(
            summary = "The deadline of a resolution: by urgency, or a written date moved onto a working day",
            description = "urgency urgent, prompt or ordinary gives the resolution's date plus 3, 10 or 30 calendar"
                    + " days (the installation's settings); date is a written deadline. Either one, not both;"
                    + " neither is ordinary. A day that is not worked moves to the working day before (never before"
                    + " the resolution). calendarLoaded false: the due day's year has no loaded production calendar,"
                    + " so only the Labour Code's holidays were counted.")
    @APIResponse(responseCode = "200", description = "The deadline, its weekday and whether it moved")
    @APIResponse(
            responseCode = "400",
            description = "Not a date, an unknown urgency, both given, or a date before the resolution")
    public Deadline deadline(
            @Parameter(example = "2026-12-02", description = "The resolution's date; today when not given")
                    @QueryParam("from")
                    String from,
            @Parameter(example = "urgent") @QueryParam("urgency") String urgency,
            @Parameter(example = "2027-01-03") @QueryParam("date") String date) {
        LocalDate resolution = blank(from) ? time.today() : IsoDates.date(from.strip(), "from");
        if (!blank(date)) {
            if (!blank(urgency)) {
                throw new InvalidInputException("urgency", ControlReason.DEADLINE_DATE_OR_URGENCY);
            }
            return deadlines.written(resolution, IsoDates.date(date.strip(), "date"));
        }
        Urgency chosen = blank(urgency) ? Urgency.ORDINARY : Requests.oneOf(Urgency.class, urgency, "urgency");
        return deadlines.proposed(resolution, chosen);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
