package ru.gramota.batch.audit;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import ru.gramota.audit.AuditTrail;
import ru.gramota.audit.AuditVerification;

/** Verifies the audit chain; a broken chain fails the job, names the first broken record and is logged. */
@Dependent
@Named("auditVerificationBatchlet")
public class AuditVerificationBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(AuditVerificationBatchlet.class.getName());

    @EJB
    private AuditTrail audit;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        AuditVerification result = audit.verify();
        if (result.intact()) {
            String status = "INTACT " + result.recordsChecked();
            job.setExitStatus(status);
            LOG.info(() -> "Audit trail verified: " + result.recordsChecked() + " records, chain intact");
            return status;
        }
        String status = "BROKEN at " + result.firstBrokenSeq().orElseThrow() + ": "
                + result.problem().orElse("");
        job.setExitStatus(status);
        LOG.severe(() -> "Audit trail verification FAILED: " + status);
        throw new IllegalStateException("Audit trail " + status);
    }
}
