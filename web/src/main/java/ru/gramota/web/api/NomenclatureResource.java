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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.registry.service.CaseView;
import ru.gramota.registry.service.NewCase;
import ru.gramota.registry.service.Nomenclature;

/** An organisation's nomenclature of cases [номенклатура дел] for a year. */
@Path("/organisations/{code}/nomenclature/{year}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class NomenclatureResource {

    @EJB
    private Nomenclature nomenclature;

    @Context
    private UriInfo uri;

    @GET
    @Operation(summary = "The cases of the organisation's nomenclature for the year, by index")
    public List<CaseView> cases(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String organisationCode,
            @Parameter(example = "2026") @PathParam("year") int year) {
        return nomenclature.cases(organisationCode, year);
    }

    @POST
    @Operation(
            summary = "Add a case to the nomenclature",
            description = "The retention period is a number of years the standard list allows (1, 3, 5, 6, 10,"
                    + " 15, 45, 50, 75) or PERMANENT, UNTIL_DISSOLVED, UNTIL_NO_LONGER_NEEDED, UNTIL_REPLACED."
                    + " For the archivist, the registry and administrators of the organisation.")
    public Response add(
            @Parameter(example = "MO-NOVOSIB") @PathParam("code") String organisationCode,
            @Parameter(example = "2026") @PathParam("year") int year,
            CardRequests.NewCase request) {
        body(request);
        CaseView added = nomenclature.addCase(
                organisationCode,
                year,
                new NewCase(
                        request.index(),
                        request.title(),
                        Requests.name(request.retentionKind()),
                        request.retentionYears(),
                        request.retentionArticle(),
                        Boolean.TRUE.equals(request.expertReview())));
        return Requests.created(uri, added.index(), added);
    }
}
