package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.admin.IndexJournalAdministration;
import ru.gramota.batch.search.SearchIndexRebuilds;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.search.IndexRebuilds;
import ru.gramota.search.JournalFeed;
import ru.gramota.search.SearchJournal;

/** The search index journal, for administrators checking why a search misses something. */
@Path("/index-journal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class IndexJournalResource {

    @EJB
    private IndexJournalAdministration administration;

    @EJB
    private SearchIndexRebuilds rebuilds;

    @GET
    @Operation(summary = "The index journal rows recorded for one record, oldest first (installation administrators)")
    public List<SearchJournal.JournalRow> entries(
            @Parameter(example = "DOCUMENT") @QueryParam("entityType") String entityType,
            @Parameter(example = "4211") @QueryParam("entityId") Long entityId) {
        if (entityType == null || entityId == null) {
            throw new InvalidInputException("entityId", CommonReason.ENTITY_PARAMETERS_REQUIRED);
        }
        return administration.entries(entityType, entityId);
    }

    @GET
    @Path("nodes")
    @Operation(
            summary = "Where each node's search index stands in the journal (installation administrators)",
            description = "applied: the largest journal id applied; lowWatermark: every row at or below it is"
                    + " applied; behind: rows ahead at the node's last report; records: what its index holds;"
                    + " rebuilding: the index must be rebuilt before it answers in full; reportedAt: nodes"
                    + " report every 5 s, a node silent for 10 minutes no longer holds back pruning; rebuild:"
                    + " how a rebuild under way is going (records done of total, records a second since the job"
                    + " started, etaSeconds, percent), null when none is.")
    public List<JournalFeed.NodeState> nodes() {
        return administration.nodes();
    }

    @POST
    @Path("nodes/{node}/rebuild")
    @Operation(
            summary = "Rebuild a node's search index from the database (installation administrators)",
            description = "Starts the batch job rebuild-search-index on this node: it writes a new index beside the"
                    + " live one, by partitions, while searches go on in the live one, then applies the journal"
                    + " over it and switches without a gap. A rebuild that a crash interrupted is resumed from its"
                    + " checkpoints instead (outcome RESUMED). Follow it in GET /index-journal/nodes (rebuild)."
                    + " A node rebuilds only its own index: the request must reach that node (409 otherwise), and"
                    + " 409 while one is running.")
    @APIResponse(
            responseCode = "202",
            description = "The rebuild runs",
            content =
                    @Content(
                            examples =
                                    @ExampleObject(
                                            value =
                                                    "{\"node\":\"node-a\",\"executionId\":41,\"outcome\":\"STARTED\"}")))
    @APIResponse(responseCode = "403", description = "Not an installation administrator")
    @APIResponse(responseCode = "409", description = "Another node's index, or a rebuild is running already")
    public Response rebuild(@Parameter(example = "node-a") @PathParam("node") String node) {
        IndexRebuilds.Rebuild rebuild = rebuilds.rebuildByAdministrator(node);
        return Response.accepted(rebuild).build();
    }

    @GET
    @Path("rebuilds/{executionId}")
    @Operation(
            summary = "How a search index rebuild went (installation administrators)",
            description = "status is the job's batch status (STARTING, STARTED, COMPLETED, FAILED, STOPPED);"
                    + " exitStatus is REBUILT and the records the new index holds once it is live. Progress while"
                    + " it runs is in GET /index-journal/nodes (rebuild). 404 for another job's execution.")
    public SearchIndexRebuilds.Status rebuildStatus(
            @Parameter(example = "41") @PathParam("executionId") long executionId) {
        return rebuilds.status(executionId);
    }
}
