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
import ru.gramota.control.GeneratedAssignments;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.generator.GeneratedRegistrations;
import ru.gramota.registry.generator.GeneratedRegistrations.Card;

/**
 * Registers one chunk of cards in the chunk's transaction: one block of consecutive numbers, the
 * cards, their index journal rows, and for incoming letters and appeals the resolutions and
 * assignments about half of them get (when the organisation has managers, executors and controllers).
 * A failed chunk rolls all of that back, numbers included.
 */
@Dependent
@Named("generatedCardWriter")
public class GeneratedCardWriter extends AbstractItemWriter {

    @EJB
    private GeneratedRegistrations generated;

    @EJB
    private GeneratedAssignments assignments;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private String startedBy;
    private long seed;
    private GeneratedAssignments.People people;

    @Override
    public void open(Serializable checkpoint) {
        GeneratorParameters parameters = GeneratorParameters.of(job);
        startedBy = parameters.startedBy();
        seed = parameters.seed();
        people = assignments.people(parameters.organisation());
    }

    @Override
    public void writeItems(List<Object> items) {
        GeneratedCards cards = (GeneratedCards) step.getTransientUserData();
        try {
            List<Long> registered = generated.register(
                    cards.pool(), items.stream().map(Card.class::cast).toList(), startedBy);
            if (cards.pool().kind() == DocumentKind.INCOMING || cards.pool().kind() == DocumentKind.CITIZEN_APPEAL) {
                assignments.write(registered, seed, people);
            }
        } catch (RuntimeException e) {
            job.setExitStatus(GeneratorPool.reason(e));
            throw e;
        }
    }
}
