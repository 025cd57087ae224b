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
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.RetentionPeriod;
import ru.gramota.registry.service.CaseView;
import ru.gramota.registry.service.Nomenclature;

/** An organisation's nomenclature of cases [номенклатура дел] for a year. */
@Path("/organisations/{code}/nomenclature/{year}/cases")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class NomenclatureResource {

    public record NewCase(
            @Schema(required = true, maxLength = NomenclatureCase.INDEX_LENGTH, example = "01-12")
            String index,

            @Schema(
                    required = true,
                    maxLength = NomenclatureCase.TITLE_LENGTH,
                    example = "Переписка с министерствами области по вопросам дорожного хозяйства")
            String title,

            @Schema(example = "YEARS", description = "YEARS if absent and retentionYears is given")
            RetentionPeriod.Kind retentionKind,

            @Schema(example = "5") Integer retentionYears,

            @Schema(maxLength = NomenclatureCase.ARTICLE_LENGTH, example = "ст. 31 б")
            String retentionArticle,

            @Schema(example = "true", description = "ЭПК: expert review before destruction")
            Boolean expertReview) {}

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
            NewCase request) {
        body(request);
        CaseView added = nomenclature.addCase(
                organisationCode,
                year,
                new ru.gramota.registry.service.NewCase(
                        request.index(),
                        request.title(),
                        Requests.name(request.retentionKind()),
                        request.retentionYears(),
                        request.retentionArticle(),
                        Boolean.TRUE.equals(request.expertReview())));
        return Requests.created(uri, added.index(), added);
    }
}
