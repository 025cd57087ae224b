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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.platform.Codes;
import ru.gramota.registry.Correspondent;
import ru.gramota.registry.CorrespondentKind;
import ru.gramota.registry.service.CorrespondentView;
import ru.gramota.registry.service.Correspondents;

/** The correspondents directory: organisations and citizens that documents come from and go to. */
@Path("/correspondents")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Registration")
public class CorrespondentsResource {

    public record NewCorrespondent(
            @Schema(required = true, example = "ORGANISATION")
            CorrespondentKind kind,

            @Schema(
                    required = true,
                    maxLength = Correspondent.NAME_LENGTH,
                    example = "Министерство транспорта Новосибирской области")
            String name,

            @Schema(maxLength = Correspondent.INN_LENGTH, example = "5406123456")
            String inn,

            @Schema(maxLength = Correspondent.ADDRESS_LENGTH, example = "630007, г. Новосибирск, Красный проспект, 18")
            String address,

            @Schema(maxLength = Correspondent.EMAIL_LENGTH, example = "mintrans@nso.ru")
            String email,

            @Schema(
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    description = "For a citizen: the organisation whose registry keeps the data",
                    example = "MO-NOVOSIB")
            String organisationCode) {}

    @EJB
    private Correspondents correspondents;

    @Context
    private UriInfo uri;

    @GET
    @Operation(
            summary = "Find correspondents as you type",
            description = "Every word typed matches the start of a word of the name, case and ё/е aside:"
                    + " 'мин трансп' finds 'Министерство транспорта Новосибирской области'. Shared"
                    + " organisations and the citizens of your own organisations; alphabetical.")
    public List<CorrespondentView> search(
            @Parameter(example = "мин трансп") @QueryParam("q") String typed,
            @Parameter(example = "ORGANISATION") @QueryParam("kind") String kind,
            @Parameter(example = "20") @QueryParam("limit") @DefaultValue("20") int limit) {
        return correspondents.search(typed, kind, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One correspondent")
    public CorrespondentView read(@Parameter(example = "1051") @PathParam("id") long id) {
        return correspondents.read(id);
    }

    @POST
    @Operation(
            summary = "Add a correspondent",
            description = "Any registry clerk adds an organisation, shared by the installation; a citizen is"
                    + " kept by the organisation named, whose registry the caller must be.")
    public Response create(NewCorrespondent request) {
        body(request);
        CorrespondentView created = correspondents.create(
                Requests.name(request.kind()),
                request.name(),
                request.inn(),
                request.address(),
                request.email(),
                request.organisationCode());
        return Requests.created(uri, Long.toString(created.id()), created);
    }
}
