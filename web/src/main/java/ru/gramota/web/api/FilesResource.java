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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.files.FileTooLargeException;
import ru.gramota.registry.service.Attachments;
import ru.gramota.registry.service.RegistrationCard;
import ru.gramota.web.ContentDisposition;

/**
 * A card's files: upload as multipart/form-data (part {@code file}), streamed from the request
 * straight into the blob store's staging area; download with the file's own type and name.
 */
@Path("/registrations/{id}/files")
@Tag(name = "Registration")
public class FilesResource {

    @EJB
    private Attachments attachments;

    @Context
    private UriInfo uri;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Attach a file to a registered card",
            description = "multipart/form-data with the file in the part named 'file'. PDF, DOCX, ODT, TIFF, TXT"
                    + " and XML are accepted, detected from the content; up to gramota.files.max-bytes (256 MiB by"
                    + " default). Identical content is stored once. The text is extracted for search and the page"
                    + " count read where the format has one.")
    @RequestBody(
            content =
                    @Content(
                            mediaType = MediaType.MULTIPART_FORM_DATA,
                            schema = @Schema(implementation = Upload.class)))
    @APIResponse(responseCode = "201", description = "Attached; the file's description")
    @APIResponse(responseCode = "400", description = "Empty, unnamed, or of a type not accepted (field 'file')")
    @APIResponse(responseCode = "409", description = "The card is cancelled")
    @APIResponse(responseCode = "413", description = "Larger than the limit (field 'file')")
    public Response attach(
            @Parameter(example = "4211") @PathParam("id") long id,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
            InputStream body) {
        RegistrationCard.FileView file;
        try {
            file = MultipartUpload.filePart(
                    contentType, body, "file", (name, content) -> attachments.attach(id, name, content));
        } catch (FileTooLargeException e) {
            // Read the rest (the listener's max-post-size bounds it), so the client gets the answer
            // rather than a connection reset in the middle of its upload.
            drain(body);
            throw e;
        }
        return Response.created(uri.getAbsolutePathBuilder()
                        .path(Long.toString(file.id()))
                        .build())
                .type(MediaType.APPLICATION_JSON_TYPE)
                .entity(file)
                .build();
    }

    @GET
    @Path("{fileId}")
    @Operation(
            summary = "Download a file of a card you may read",
            description = "With the file's type, its size and a Content-Disposition that keeps a Cyrillic name"
                    + " (RFC 6266 filename*). inline=true asks the browser to show it, e.g. a PDF.")
    @APIResponse(responseCode = "200", description = "The file's content")
    @APIResponse(responseCode = "403", description = "You may not read the card")
    @APIResponse(responseCode = "404", description = "No such file on this card")
    public Response download(
            @Parameter(example = "4211") @PathParam("id") long id,
            @Parameter(example = "4251") @PathParam("fileId") long fileId,
            @Parameter(example = "false") @QueryParam("inline") @DefaultValue("false") boolean inline) {
        Attachments.Download download = attachments.download(id, fileId);
        StreamingOutput body = output -> {
            try (InputStream content = download.content()) {
                content.transferTo(output);
            }
        };
        return Response.ok(body, download.file().mediaType())
                .header(HttpHeaders.CONTENT_LENGTH, download.file().size())
                .header(
                        "Content-Disposition",
                        ContentDisposition.of(inline, download.file().fileName()))
                .header("X-Content-Type-Options", "nosniff")
                .header(HttpHeaders.ETAG, "\"" + download.file().sha256() + "\"")
                .build();
    }

    private static void drain(InputStream body) {
        try {
            body.transferTo(OutputStream.nullOutputStream());
        } catch (IOException e) {
            // The client went away; there is nobody to answer.
        }
    }

    /** The form an upload sends, for the OpenAPI document. */
    @Schema(name = "FileUpload")
    public static class Upload {
        @Schema(type = SchemaType.STRING, format = "binary")
        public String file;
    }
}
