package ru.gramota.web.api;

import static ru.gramota.web.api.Requests.body;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.registry.service.NewRegistration;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.RegistrationQuery;
import ru.gramota.registry.service.Registrations;

/** Registration cards: register under the next number, read, cancel. */
@Path("/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class RegistrationsResource {

    @EJB
    private Registrations registrations;

    @Context
    private UriInfo uri;

    @POST
    @Operation(summary = "Register a document in a journal under the next number of the journal and year")
    public Response register(Requests.Registration request) {
        body(request);
        RegistrationCard card = registrations.register(new NewRegistration(
                request.organisationCode(),
                request.journalCode(),
                request.title(),
                Requests.date(request.documentDate(), "documentDate"),
                Boolean.TRUE.equals(request.restricted()),
                request.caseIndex(),
                request.departmentCode()));
        return Requests.created(uri, Long.toString(card.id()), card);
    }

    @GET
    @Operation(
            summary = "The registrations you may read, newest first",
            description = "Filters: organisation, journal, status (REGISTERED, CANCELLED), registered"
                    + " period [from, to). Page with 'after' = the id of the last card of the previous page.")
    public List<RegistrationCard> list(
            @QueryParam("organisation") String organisationCode,
            @QueryParam("journal") String journalCode,
            @QueryParam("status") String status,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("after") Long afterId,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        return registrations.list(new RegistrationQuery(
                organisationCode,
                journalCode,
                status,
                Requests.instant(from, "from"),
                Requests.instant(to, "to"),
                afterId,
                limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A registration card, if the access rules let you read it")
    public RegistrationCard read(@PathParam("id") long id) {
        return registrations.read(id);
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a registration; the card keeps its number, which is never given again")
    public RegistrationCard cancel(@PathParam("id") long id, Requests.Cancellation request) {
        body(request);
        return registrations.cancel(id, request.reason());
    }
}
