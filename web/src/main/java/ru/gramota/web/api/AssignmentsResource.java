package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.InputStream;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.control.AssignmentDetails;
import ru.gramota.control.AssignmentFiles;
import ru.gramota.control.AssignmentLists;
import ru.gramota.control.AssignmentView;
import ru.gramota.control.Assignments;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.web.ContentDisposition;

/**
 * Assignments: mine and those on my control, one with its history, and every step of the lifecycle.
 * An assignment on a document you may not read answers as one that does not exist.
 */
@Path("/assignments")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Control of execution")
public class AssignmentsResource {

    @EJB
    private AssignmentLists lists;

    @EJB
    private Assignments assignments;

    @EJB
    private AssignmentFiles files;

    @GET
    @Operation(
            summary = "My assignments, nearest deadline (so overdue) first",
            description = "view: todo (issued or in progress, the default), submitted (my report waits), overdue,"
                    + " done (accepted or withdrawn, latest first), controlled (open, on my control), to-accept (a"
                    + " report waits for me). overdue is computed for today in the business time zone.")
    @APIResponse(responseCode = "200", description = "A page of assignments")
    @APIResponse(responseCode = "400", description = "An unknown view, or limit or offset out of range")
    public List<AssignmentView> mine(
            @Parameter(example = "todo") @QueryParam("view") String view,
            @Parameter(example = "0") @QueryParam("offset") @DefaultValue("0") int offset,
            @Parameter(example = "50") @QueryParam("limit") @DefaultValue("50") int limit) {
        return lists.mine(AssignmentLists.View.of(view), offset, limit);
    }

    @GET
    @Path("{id}")
    @Operation(summary = "An assignment with the tree passed down from it, its history and its extension requests")
    @APIResponse(responseCode = "404", description = "No such assignment on a document you may read")
    public AssignmentDetails one(@Parameter(example = "9051") @PathParam("id") long id) {
        return lists.details(id);
    }

    @POST
    @Path("{id}/start")
    @Operation(summary = "The executor starts work: issued → in progress")
    @APIResponse(responseCode = "200", description = "The assignment as it now is")
    @APIResponse(responseCode = "403", description = "You are not its executor")
    @APIResponse(responseCode = "409", description = "Not issued")
    public AssignmentDetails start(@Parameter(example = "9051") @PathParam("id") long id) {
        return assignments.start(id);
    }

    @POST
    @Path("{id}/report")
    @Operation(summary = "The executor submits a report: issued or in progress → report submitted")
    @APIResponse(responseCode = "200", description = "The assignment as it now is")
    @APIResponse(responseCode = "403", description = "You are not its executor")
    @APIResponse(responseCode = "409", description = "Already reported, accepted or withdrawn")
    public AssignmentDetails report(
            @Parameter(example = "9051") @PathParam("id") long id, ControlRequests.Report request) {
        return assignments.report(id, Requests.body(request).text());
    }

    @POST
    @Path("{id}/acceptance")
    @Operation(
            summary = "The controller accepts the report and removes the assignment from control",
            description = "Refused while assignments passed down from it are open, unless withOpenChildren=true: they"
                    + " are then withdrawn with it. Never on one's own assignment. No body.")
    @APIResponse(responseCode = "200", description = "The assignment as it now is")
    @APIResponse(responseCode = "403", description = "You are not its controller, or you are its executor")
    @APIResponse(responseCode = "409", description = "No report waits, or passed-down assignments are open")
    public AssignmentDetails accept(
            @Parameter(example = "9051") @PathParam("id") long id,
            @Parameter(example = "false", description = "true or false; false when left out")
                    @QueryParam("withOpenChildren")
                    String withOpenChildren) {
        return assignments.accept(id, Requests.flag(withOpenChildren, "withOpenChildren"));
    }

    @POST
    @Path("{id}/files")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Operation(
            summary = "The executor attaches a file to the report, while the assignment is theirs to do",
            description = "multipart/form-data with the file in the part named 'file', checked as a card's files are"
                    + " (type from the content, size limit). Send the report's text afterwards.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = FilesResource.Upload.class)))
    @APIResponse(responseCode = "201", description = "Attached; the file's description")
    @APIResponse(responseCode = "400", description = "Empty, unnamed, or of a type not accepted (field 'file')")
    @APIResponse(responseCode = "403", description = "You are not its executor")
    @APIResponse(responseCode = "409", description = "Reported already, accepted or withdrawn")
    public Response attach(
            @Parameter(example = "9051") @PathParam("id") long id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        AssignmentDetails.FileView file =
                MultipartUpload.filePart(contentType, body, "file", (name, content) -> files.attach(id, name, content));
        return Response.status(Response.Status.CREATED)
                .entity(file)
                .type(MediaType.APPLICATION_JSON_TYPE)
                .build();
    }

    @GET
    @Path("{id}/files/{fileId}")
    @Produces(MediaType.WILDCARD)
    @Operation(summary = "Download a file of an assignment's report")
    @APIResponse(responseCode = "200", description = "The file's content")
    @APIResponse(responseCode = "404", description = "No such file on an assignment you may read")
    public Response download(
            @Parameter(example = "9051") @PathParam("id") long id,
            @Parameter(example = "9101") @PathParam("fileId") long fileId) {
        AssignmentFiles.Download download = files.download(id, fileId);
        StreamingOutput content = output -> {
            try (InputStream in = download.content()) {
                in.transferTo(output);
            }
        };
        return Response.ok(content, download.file().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.file().size())
                .header(
                        "Content-Disposition",
                        ContentDisposition.of(false, download.file().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .build();
    }

    @POST
    @Path("{id}/return")
    @Operation(summary = "The controller returns the report for rework, with the reason: back to in progress")
    @APIResponse(responseCode = "200", description = "The assignment as it now is")
    @APIResponse(responseCode = "403", description = "You are not its controller, or you are its executor")
    @APIResponse(responseCode = "409", description = "No report waits")
    public AssignmentDetails returnForRework(
            @Parameter(example = "9051") @PathParam("id") long id, ControlRequests.Return request) {
        return assignments.returnForRework(id, Requests.body(request).reason());
    }

    @POST
    @Path("{id}/sub-assignments")
    @Operation(
            summary = "The executor passes the assignment down to one of their staff",
            description = "The executor named is an executor of the same organisation; the deadline is moved onto a"
                    + " working day and may not be after this assignment's. Whoever passes it down accepts its"
                    + " report.")
    @APIResponse(responseCode = "201", description = "The new assignment")
    @APIResponse(responseCode = "400", description = "Not an executor of the organisation, or the deadline is wrong")
    @APIResponse(responseCode = "403", description = "You are not its executor")
    public Response passDown(
            @Parameter(example = "9051") @PathParam("id") long id, ControlRequests.SubAssignment request) {
        Requests.body(request);
        return Response.status(Response.Status.CREATED)
                .entity(assignments.passDown(id, request.executor(), request.text(), request.deadline()))
                .build();
    }

    @POST
    @Path("{id}/extension-requests")
    @Operation(
            summary = "The executor asks for a later deadline, with the reason",
            description = "One request at a time; the day asked is moved onto a working day, must be later than the"
                    + " current deadline and not after the parent's.")
    @APIResponse(responseCode = "200", description = "The assignment with the request")
    @APIResponse(responseCode = "409", description = "A request already waits, or the assignment is closed")
    public AssignmentDetails requestExtension(
            @Parameter(example = "9051") @PathParam("id") long id, ControlRequests.Extension request) {
        Requests.body(request);
        return assignments.requestExtension(id, request.deadline(), request.reason());
    }

    @POST
    @Path("{id}/extension-decision")
    @Operation(
            summary = "The controller approves or refuses an extension request",
            description = "Approved, the deadline moves to the day asked; refused, a comment is required. Both stay"
                    + " in the history.")
    @APIResponse(responseCode = "200", description = "The assignment as it now is")
    @APIResponse(responseCode = "404", description = "No such request on this assignment")
    @APIResponse(responseCode = "409", description = "The request is already decided")
    public AssignmentDetails decide(
            @Parameter(example = "9051") @PathParam("id") long id, ControlRequests.Decision request) {
        Requests.body(request);
        if (request.requestId() == null) {
            throw new InvalidInputException("requestId", CommonReason.REQUIRED);
        }
        if (request.approve() == null) {
            throw new InvalidInputException("approve", CommonReason.REQUIRED);
        }
        return assignments.decideExtension(id, request.requestId(), request.approve(), request.comment());
    }
}
