package ru.gramota.batch.generator;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.logging.Logger;
import ru.gramota.registry.generator.GeneratorPools;
import ru.gramota.registry.generator.GeneratorPools.Pool;

/**
 * The first step of a generator run: makes sure the region's correspondents, the organisation's
 * citizens (for an appeals journal) and the year's cases exist, and that the organisation has
 * the people its journal's kind needs. A run that cannot start says why in the job's exit status.
 */
@Dependent
@Named("generatorPoolBatchlet")
public class GeneratorPoolBatchlet extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(GeneratorPoolBatchlet.class.getName());

    @EJB
    private GeneratorPools pools;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    @Override
    public String process() {
        GeneratorParameters parameters = GeneratorParameters.of(job);
        try {
            Pool pool = pools.prepare(
                    parameters.organisation(),
                    parameters.journal(),
                    parameters.period().year(),
                    GeneratorPool.correspondents(pools, parameters),
                    RegionalDirectory.cases());
            String status = "POOL " + pool.organisationIds().size() + " organisations, "
                    + pool.citizenIds().size() + " citizens, " + pool.caseIds().size() + " cases, "
                    + pool.employeeIds().size() + " employees";
            LOG.info(() -> "Generator " + job.getExecutionId() + ": " + status);
            step.setExitStatus(status);
            return status;
        } catch (RuntimeException e) {
            job.setExitStatus(GeneratorPool.reason(e));
            throw e;
        }
    }
}
