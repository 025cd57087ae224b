package ru.gramota.batch.selfcheck;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Named;
import java.util.List;
import java.util.UUID;
import ru.gramota.selfcheck.SelfCheckProbes;

/** Deletes the probes of one chunk, in the chunk's transaction. */
@Dependent
@Named("selfCheckProbeDeleter")
public class SelfCheckProbeDeleter extends AbstractItemWriter {

    @EJB
    private SelfCheckProbes probes;

    @Override
    public void writeItems(List<Object> items) {
        probes.delete(items.stream().map(UUID.class::cast).toList());
    }
}
