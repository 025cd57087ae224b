package ru.gramota.web.api;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.batch.generator.RegistrationGenerator;
import ru.gramota.platform.Codes;

/**
 * The data generator: generated registrations for benchmarks and demos. Off unless the installation
 * turns it on (GRAMOTA_GENERATOR_ENABLED=true); installation administrators only.
 */
@Path("/generator/registrations")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Data generator")
public class GeneratorResource {
    // The bodies it reads (StrictJsonBodies); each @Schema states the service's limits for the OpenAPI document.
    /** A run of the data generator: how many registrations, into which journal. */
    @Schema(name = "GeneratorRun")
    public record GeneratorRun(
            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "GOV",
                    description = "The organisation whose journal receives the registrations")
            String organisationCode,

            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "IN",
                    description = "The journal's code")
            String journalCode,

            @Schema(
                    minimum = "1",
                    maximum = "10000000",
                    example = "100000",
                    description = "How many registrations, 1 to 10,000,000; 100,000 if absent")
            Integer count,

            @Schema(
                    example = "20261121",
                    description = "Runs with the same seed write the same cards; a fixed default if absent")
            Long seed) {}

    @EJB
    private RegistrationGenerator generator;

    @Context
    private UriInfo uri;

    @POST
    @Operation(
            summary = "Generate registrations in a journal (test, demo and benchmark installations)",
            description = "Starts a batch run that registers 'count' generated documents with realistic Russian"
                    + " summaries and correspondents in the journal, this year, spread from 1 January until now,"
                    + " under consecutive numbers (registrations made meanwhile keep theirs). Adds the region's"
                    + " correspondents and a few cases of the year's nomenclature first. One audit record (GENERATE)"
                    + " for the run. Follow it with GET on the address in Location. Only when the server runs with"
                    + " GRAMOTA_GENERATOR_ENABLED=true, and only for an installation administrator.")
    @APIResponse(
            responseCode = "202",
            description = "Started; the run, and its address in Location",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "started",
                                            value =
                                                    "{\"executionId\":17,\"status\":\"STARTING\",\"organisationCode\":"
                                                            + "\"GOV\",\"journalCode\":\"IN\",\"count\":100000,\"written\":0}")))
    @APIResponse(responseCode = "400", description = "count is not between 1 and 10,000,000, or a code is missing")
    @APIResponse(responseCode = "403", description = "The generator is off here, or the caller is not an administrator")
    @APIResponse(responseCode = "404", description = "No such organisation or journal")
    public Response start(GeneratorRun request) {
        Requests.body(request);
        RegistrationGenerator.Run run =
                generator.start(request.organisationCode(), request.journalCode(), request.count(), request.seed());
        return Response.accepted(run)
                .location(uri.getAbsolutePathBuilder()
                        .path(Long.toString(run.executionId()))
                        .build())
                .build();
    }

    @GET
    @Path("{executionId}")
    @Operation(
            summary = "How a generator run is going",
            description = "status is the batch status (STARTING, STARTED, COMPLETED, FAILED, STOPPED); written is"
                    + " the number of registrations committed so far; message says why a failed run failed.")
    @APIResponse(
            responseCode = "200",
            description = "The run",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            examples =
                                    @ExampleObject(
                                            name = "running",
                                            value = "{\"executionId\":17,\"status\":\"STARTED\",\"organisationCode\":"
                                                    + "\"GOV\",\"journalCode\":\"IN\",\"count\":100000,\"written\":"
                                                    + "45000}")))
    @APIResponse(responseCode = "404", description = "No generator run with this id")
    public RegistrationGenerator.Run progress(@Parameter(example = "17") @PathParam("executionId") long executionId) {
        return generator.progress(executionId);
    }
}
