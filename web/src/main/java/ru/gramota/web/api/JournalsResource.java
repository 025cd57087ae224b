package ru.gramota.web.api;

import static ru.gramota.web.api.Requests.body;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.platform.Codes;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.RegistrationJournal;
import ru.gramota.registry.service.JournalView;
import ru.gramota.registry.service.Journals;

/** An organisation's registration journals. */
@Path("/organisations/{code}/journals")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class JournalsResource {
    // The bodies it reads (StrictJsonBodies); each @Schema states the service's limits for the OpenAPI document.
    public record NewJournal(
            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "IN")
            String code,

            @Schema(required = true, maxLength = RegistrationJournal.NAME_LENGTH, example = "Входящие документы")
            String name,

            @Schema(required = true, example = "INCOMING") DocumentKind documentKind,

            @Schema(
                    required = true,
                    maxLength = NumberPattern.LENGTH,
                    example = "{seq}-вх",
                    description = "{seq} required; {caseIndex}, {dept}, {year}, {yy}")
            String numberPattern) {}

    @EJB
    private Journals journals;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The organisation's registration journals")
    public List<JournalView> list(@Parameter(example = "MO-NOVOSIB") @PathParam("code") String organisationCode) {
        return journals.of(organisationCode);
    }

    @POST
    @Operation(summary = "Create a journal with its number pattern, e.g. {seq}-вх or {caseIndex}/{seq}")
    public Response create(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String organisationCode, NewJournal request) {
        body(request);
        JournalView journal = journals.create(
                organisationCode,
                request.code(),
                request.name(),
                Requests.required(request.documentKind(), DocumentKind.class, "documentKind"),
                request.numberPattern());
        return Requests.created(uri, journal.code(), journal);
    }
}
