package ru.gramota.batch.search;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gramota.search.IndexRebuild;

/** The last step: the journal applied over the new index, then the switch to it. The exit status says how many records it holds. */
@Dependent
@Named("rebuildFinish")
public class RebuildFinish extends AbstractBatchlet {

    @EJB
    private IndexRebuild rebuild;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        long records = rebuild.finish(RebuildParameters.of(job).directory());
        job.setExitStatus("REBUILT " + records);
        return "REBUILT";
    }
}
