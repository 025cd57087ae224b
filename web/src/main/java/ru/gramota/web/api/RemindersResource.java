package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.admin.ReminderAdministration;
import ru.gramota.control.ReminderSchedule;

/** The day's reminders of deadlines, run by hand by installation administrators. */
@Path("/reminders")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control of execution")
public class RemindersResource {

    @EJB
    private ReminderAdministration reminders;

    @POST
    @Path("run")
    @Operation(
            summary = "Run a day's reminders now (installation administrators)",
            description = "The server runs them every working morning by itself. A day already run posts nothing"
                    + " again; each notice is mailed at most once.")
    @APIResponse(responseCode = "200", description = "The day, the notices posted and the mails sent")
    @APIResponse(responseCode = "403", description = "Not an installation administrator")
    public ReminderSchedule.Run run(@Parameter(example = "2026-12-02") @QueryParam("day") String day) {
        return reminders.run(day == null || day.isBlank() ? null : IsoDates.date(day.strip(), "day"));
    }
}
