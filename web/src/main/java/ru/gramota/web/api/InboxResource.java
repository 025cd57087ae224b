package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.inbox.Inbox;
import ru.gramota.inbox.NoticeView;

/** My inbox: reminders of deadlines and other notices. */
@Path("/inbox")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Control of execution")
public class InboxResource {

    @EJB
    private Inbox inbox;

    @GET
    @Operation(summary = "My notices, newest first; unread=true for the unread ones only")
    @APIResponse(responseCode = "200", description = "A page of notices")
    public List<NoticeView> mine(
            @Parameter(example = "true") @QueryParam("unread") String unread,
            @Parameter(example = "0") @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(example = "50") @QueryParam("limit") @DefaultValue("50") int limit) {
        return inbox.mine(Requests.flag(unread, "unread"), offset, limit);
    }

    @GET
    @Path("unread")
    @Operation(summary = "How many of my notices are unread")
    public Map<String, Long> unread() {
        return Map.of("unread", inbox.unread());
    }

    @POST
    @Path("{id}/read")
    @Operation(summary = "Mark one of my notices read")
    @APIResponse(responseCode = "404", description = "No such notice of mine")
    public NoticeView read(@Parameter(example = "751") @PathParam("id") long id) {
        return inbox.read(id);
    }

    @POST
    @Path("read")
    @Operation(summary = "Mark all my notices read; how many were unread")
    public Map<String, Integer> readAll() {
        return Map.of("read", inbox.readAll());
    }
}
