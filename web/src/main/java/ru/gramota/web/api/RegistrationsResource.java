package ru.gramota.web.api;

import static ru.gramota.web.api.Requests.body;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Locale;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.registry.service.DocumentLinks;
import ru.gramota.registry.service.NewRegistration;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.registry.service.RegistrationQuery;
import ru.gramota.registry.service.RegistrationSummary;
import ru.gramota.registry.service.Registrations;

/** Registration cards: register under the next number, list, read, correct, cancel, link. */
@Path("/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class RegistrationsResource {

    @EJB
    private Registrations registrations;

    @EJB
    private DocumentLinks links;

    @Context
    private UriInfo uri;

    @POST
    @Operation(
            summary = "Register a document in a journal under the next number of the journal and year",
            description = "The requisites a card needs depend on the journal's kind: an incoming document its"
                    + " sender (correspondentId), an appeal its citizen, an outgoing one its addressees"
                    + " (addresseeCorrespondentIds) and signatory, an internal one its addressees and signatory,"
                    + " an act its type and signatory. An incoming document with the same sender, sender's"
                    + " number and date as a registered one is answered 409 with type"
                    + " urn:gramota:problem:probable-duplicate and the candidates in 'errors'; send it again with"
                    + " confirmedDuplicateOf to register it all the same. A refused card consumes no number.")
    @APIResponse(responseCode = "201", description = "Registered; the card, and its address in Location")
    @APIResponse(responseCode = "400", description = "A requisite is missing or wrong; each under its field")
    @APIResponse(responseCode = "404", description = "No such journal")
    @APIResponse(responseCode = "409", description = "A probable duplicate")
    public Response register(CardRequests.Registration request) {
        body(request);
        RegistrationCard card = registrations.register(new NewRegistration(
                request.organisationCode(),
                request.journalCode(),
                request.documentDate(),
                request.card(),
                request.confirmedDuplicateOf()));
        return Requests.created(uri, Long.toString(card.id()), card);
    }

    @GET
    @Operation(
            summary = "The registrations you may read, newest first (or oldest first with order=oldest)",
            description = "Filters: organisation, journal, kind, status (REGISTERED, CANCELLED), registered"
                    + " period [from, to), correspondent (id), case (id). Page with 'after' = the id of the last"
                    + " card of the previous page.")
    public List<RegistrationSummary> list(
            @Parameter(example = "MO-NOVOSIB") @QueryParam("organisation") String organisationCode,
            @Parameter(example = "IN") @QueryParam("journal") String journalCode,
            @Parameter(example = "INCOMING") @QueryParam("kind") String kind,
            @Parameter(example = "REGISTERED") @QueryParam("status") String status,
            @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(example = "1051") @QueryParam("correspondent") Long correspondentId,
            @Parameter(example = "301") @QueryParam("case") Long caseId,
            @Parameter(example = "newest", description = "newest (default) or oldest") @QueryParam("order")
                    String order,
            @Parameter(example = "4211") @QueryParam("after") Long afterId,
            @Parameter(example = "50") @QueryParam("limit") @DefaultValue("50") int limit) {
        return registrations.list(new RegistrationQuery(
                organisationCode,
                journalCode,
                kind,
                status,
                IsoDates.instant(from, "from"),
                IsoDates.instant(to, "to"),
                correspondentId,
                caseId,
                oldestFirst(order),
                afterId,
                limit));
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A registration card, if the access rules let you read it; a ДСП read is audited")
    @APIResponse(responseCode = "200", description = "The card with its people, links and files")
    @APIResponse(responseCode = "403", description = "You may not read it")
    @APIResponse(responseCode = "404", description = "No such registration")
    public RegistrationCard read(@Parameter(example = "4211") @PathParam("id") long id) {
        return registrations.read(id);
    }

    @PUT
    @Path("{id}")
    @Operation(
            summary = "Correct a registered card's requisites",
            description = "Send every requisite as it should now be, with the version you read. The journal,"
                    + " kind, number, date and registration never change; nor does a case index that is part of"
                    + " the number. A stale version is answered 409 and nothing changes.")
    @APIResponse(responseCode = "200", description = "The corrected card")
    @APIResponse(responseCode = "409", description = "Someone changed the card since you read it, or it is cancelled")
    public RegistrationCard correct(
            @Parameter(example = "4211") @PathParam("id") long id, CardRequests.CardCorrection request) {
        body(request);
        return registrations.correct(id, request.version(), request.card());
    }

    @POST
    @Path("{id}/cancellation")
    @Operation(summary = "Cancel a registration; the card keeps its number, which is never given again")
    public RegistrationCard cancel(
            @Parameter(example = "4211") @PathParam("id") long id, CardRequests.Cancellation request) {
        body(request);
        return registrations.cancel(id, request.reason());
    }

    @GET
    @Path("{id}/links")
    @Operation(summary = "The card's links from both ends, to documents you may read")
    public List<RegistrationCard.LinkView> links(@Parameter(example = "4211") @PathParam("id") long id) {
        return links.links(id);
    }

    @POST
    @Path("{id}/links")
    @Operation(summary = "Link the card to another document: in reply to, in execution of, related to")
    @APIResponse(responseCode = "201", description = "Linked; the card's links")
    @APIResponse(responseCode = "409", description = "Already linked so")
    public Response link(@Parameter(example = "4212") @PathParam("id") long id, CardRequests.NewLink request) {
        body(request);
        return Response.status(Response.Status.CREATED)
                .entity(links.link(id, request.documentId(), Requests.name(request.type())))
                .build();
    }

    private static boolean oldestFirst(String order) {
        if (order == null
                || order.isBlank()
                || order.strip().toLowerCase(Locale.ROOT).equals("newest")) {
            return false;
        }
        if (order.strip().toLowerCase(Locale.ROOT).equals("oldest")) {
            return true;
        }
        throw new InvalidInputException("order", CommonReason.EITHER, "newest", "oldest");
    }
}
