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
            @QueryParam("actor") String actor,
            @QueryParam("objectType") String objectType,
            @QueryParam("objectId") String objectId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("before") Long beforeSeq,
            @QueryParam("limit") @DefaultValue("100") int limit) {
        return administration.search(new AuditQuery(
                actor,
                objectType,
                objectId,
                Requests.instant(from, "from"),
                Requests.instant(to, "to"),
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
