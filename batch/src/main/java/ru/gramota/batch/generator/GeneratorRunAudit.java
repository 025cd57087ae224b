package ru.gramota.batch.generator;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import ru.gramota.registry.generator.GeneratedRegistrations;

/**
 * The last step of a run: fresh database statistics for the lists, and one audit record for all its
 * registrations, not one per card.
 */
@Dependent
@Named("generatorRunAudit")
public class GeneratorRunAudit extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(GeneratorRunAudit.class.getName());

    @EJB
    private GeneratedRegistrations generated;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        GeneratorParameters p = GeneratorParameters.of(job);
        generated.refreshStatistics();
        generated.recordRun(
                p.startedBy(), p.organisation(), p.journal(), p.period().year(), p.count(), job.getExecutionId());
        String status = "GENERATED " + p.count();
        job.setExitStatus(status);
        LOG.info(() -> "Generator " + job.getExecutionId() + ": " + p.count() + " registrations in " + p.organisation()
                + "/" + p.journal());
        return status;
    }
}
