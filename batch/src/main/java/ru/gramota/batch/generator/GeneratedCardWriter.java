package ru.gramota.batch.generator;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import ru.gramota.registry.generator.GeneratedRegistrations;
import ru.gramota.registry.generator.GeneratedRegistrations.Card;

/**
 * Registers one chunk of cards in the chunk's transaction: one block of consecutive numbers, the
 * cards, their index journal rows. A failed chunk rolls all of that back, numbers included.
 */
@Dependent
@Named("generatedCardWriter")
public class GeneratedCardWriter extends AbstractItemWriter {

    @EJB
    private GeneratedRegistrations generated;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private String startedBy;

    @Override
    public void open(Serializable checkpoint) {
        startedBy = GeneratorParameters.of(job).startedBy();
    }

    @Override
    public void writeItems(List<Object> items) {
        GeneratedCards cards = (GeneratedCards) step.getTransientUserData();
        try {
            generated.register(
                    cards.pool(), items.stream().map(Card.class::cast).toList(), startedBy);
        } catch (RuntimeException e) {
            job.setExitStatus(GeneratorPool.reason(e));
            throw e;
        }
    }
}
