package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.control.ResolutionView;
import ru.gramota.control.Resolutions;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/** Resolutions on registered documents, each with the tree of assignments it gave. */
@Path("/resolutions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Control of execution")
public class ResolutionsResource {

    @EJB
    private Resolutions resolutions;

    @jakarta.ws.rs.core.Context
    private UriInfo uri;

    @POST
    @Operation(
            summary = "Write a resolution on a registered document: one assignment per executor",
            description = "Only a manager of the document's organisation. Executors are active employees of that"
                    + " organisation with the executor's role, the responsible one first; on control, the controller"
                    + " is a controller or manager of it and none of the executors. The deadline is written, or the"
                    + " urgency's (today plus 3, 10 or 30 calendar days), moved onto a working day. The executors"
                    + " and the controller read the document from then on; the document's control mark follows its"
                    + " assignments on control.")
    @APIResponse(responseCode = "201", description = "Written; the document's resolutions, this one last")
    @APIResponse(responseCode = "400", description = "A field is missing or wrong; the error names it and the rule")
    @APIResponse(responseCode = "403", description = "Not a manager of the document's organisation")
    @APIResponse(responseCode = "404", description = "No such document that you may read")
    @APIResponse(responseCode = "409", description = "The document is not registered (a draft, or cancelled)")
    public Response write(ControlRequests.NewResolution request) {
        Requests.body(request);
        List<ResolutionView> written = resolutions.write(request.resolution());
        return Response.created(uri.getBaseUriBuilder()
                        .path("resolutions")
                        .queryParam("document", request.documentId())
                        .build())
                .entity(written)
                .build();
    }

    @GET
    @Operation(summary = "A document's resolutions, oldest first, each with its tree of assignments and their states")
    @APIResponse(responseCode = "200", description = "The resolutions; none yet is an empty list")
    @APIResponse(responseCode = "404", description = "No such document that you may read")
    public List<ResolutionView> ofDocument(
            @Parameter(example = "4211", required = true) @QueryParam("document") Long documentId) {
        if (documentId == null) {
            throw new InvalidInputException("document", CommonReason.REQUIRED);
        }
        return resolutions.ofDocument(documentId);
    }
}
