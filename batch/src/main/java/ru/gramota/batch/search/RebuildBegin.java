package ru.gramota.batch.search;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import ru.gramota.search.IndexRebuild;

/** The first step: a new index beside the live one, with the plan of the partitions. */
@Dependent
@Named("rebuildBegin")
public class RebuildBegin extends AbstractBatchlet {

    @EJB
    private IndexRebuild rebuild;

    @Inject
    private JobContext job;

    @Override
    public String process() {
        RebuildParameters parameters = RebuildParameters.of(job);
        rebuild.begin(parameters.directory(), parameters.partitions());
        return "BEGUN";
    }
}
