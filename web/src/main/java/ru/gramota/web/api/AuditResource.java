package ru.gramota.web.api;

import jakarta.ejb.EJB;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import ru.gramota.admin.AuditAdministration;
import ru.gramota.admin.AuditRecordView;
import ru.gramota.audit.AuditQuery;
import ru.gramota.audit.AuditVerification;

/** The audit trail, for the installation's administrators. */
@Path("/audit")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit")
public class AuditResource {

    @EJB
    private AuditAdministration administration;

    /** The verdict on the chain, as the API shows it. */
    public record Verification(boolean intact, long recordsChecked, Long firstBrokenSeq, String problem) {}

    @GET
    @Operation(summary = "Search the audit trail, newest first; page with 'before' = the last seq seen")
    public List<AuditRecordView> search(
            @Parameter(example = "ivanova") @QueryParam("actor") String actor,
            @Parameter(example = "DOCUMENT") @QueryParam("objectType") String objectType,
            @Parameter(example = "4211") @QueryParam("objectId") String objectId,
            @Parameter(example = "2026-11-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(example = "2026-12-01T00:00:00Z") @QueryParam("to") String to,
            @Parameter(example = "10500") @QueryParam("before") Long beforeSeq,
            @Parameter(example = "100") @QueryParam("limit") @DefaultValue("100") int limit) {
        return administration.search(new AuditQuery(
                actor,
                objectType,
                objectId,
                IsoDates.instant(from, "from"),
                IsoDates.instant(to, "to"),
                beforeSeq,
                limit));
    }

    @GET
    @Path("verification")
    @Operation(summary = "Check the hash chain and report the first record that was changed or removed")
    public Verification verify() {
        AuditVerification result = administration.verify();
        return new Verification(
                result.intact(),
                result.recordsChecked(),
                result.firstBrokenSeq().orElse(null),
                result.problem().orElse(null));
    }
}
