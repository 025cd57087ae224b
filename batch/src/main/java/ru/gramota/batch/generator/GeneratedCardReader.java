package ru.gramota.batch.generator;

import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.gramota.registry.generator.GeneratorPools;
import ru.gramota.registry.generator.GeneratorPools.Pool;

/**
 * Reads the positions 0, 1, 2… of the cards a run writes, up to its count. The checkpoint is the
 * next position, so a restarted run goes on with the first card not yet committed. Opening it
 * looks up the run's pool and leaves the run's cards to the processor and writer of the step.
 */
@Dependent
@Named("generatedCardReader")
public class GeneratedCardReader extends AbstractItemReader {

    @EJB
    private GeneratorPools pools;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private int next;
    private int count;

    @Override
    public void open(Serializable checkpoint) {
        GeneratorParameters parameters = GeneratorParameters.of(job);
        try {
            Pool pool = pools.pool(
                    parameters.organisation(),
                    parameters.journal(),
                    parameters.period().year(),
                    GeneratorPool.correspondents(pools, parameters));
            step.setTransientUserData(
                    new GeneratedCards(pool, parameters.seed(), parameters.count(), parameters.period()));
        } catch (RuntimeException e) {
            job.setExitStatus(GeneratorPool.reason(e));
            throw e;
        }
        count = parameters.count();
        next = checkpoint == null ? 0 : (Integer) checkpoint;
    }

    @Override
    public Object readItem() {
        return next < count ? next++ : null;
    }

    @Override
    public Serializable checkpointInfo() {
        return next;
    }
}
