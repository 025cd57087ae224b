package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.admin.IndexJournalAdministration;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.search.JournalFeed;
import ru.gramota.search.SearchJournal;

/** The search index journal, for administrators checking why a search misses something. */
@Path("/index-journal")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Administration")
public class IndexJournalResource {

    @EJB
    private IndexJournalAdministration administration;

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
                    + " rebuilding: rebuilt from the database, not searchable in full yet; reportedAt: nodes"
                    + " report every 5 s, a node silent for 10 minutes no longer holds back pruning.")
    public List<JournalFeed.NodeState> nodes() {
        return administration.nodes();
    }
}
