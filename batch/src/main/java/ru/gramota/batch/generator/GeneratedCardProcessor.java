package ru.gramota.batch.generator;

import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** Turns a position into the card the run writes there: a summary, a correspondent, dates, a case. */
@Dependent
@Named("generatedCardProcessor")
public class GeneratedCardProcessor implements ItemProcessor {

    @Inject
    private StepContext step;

    @Override
    public Object processItem(Object position) {
        return ((GeneratedCards) step.getTransientUserData()).card((Integer) position);
    }
}
