package ru.gramota.batch.search;

import jakarta.batch.api.partition.PartitionMapper;
import jakarta.batch.api.partition.PartitionPlan;
import jakarta.batch.api.partition.PartitionPlanImpl;
import jakarta.batch.runtime.context.JobContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Properties;
import ru.gramota.search.IndexRebuild;
import ru.gramota.search.IndexRebuild.Partition;

/**
 * The partitions of the records step, as the plan stored in the new index has them: the same on a
 * restart, so that each partition goes on from its own checkpoint.
 */
@Dependent
@Named("rebuildPartitions")
public class RebuildPartitions implements PartitionMapper {

    static final String INDEX = "index";
    static final String TYPE = "type";
    static final String AFTER = "after";
    static final String THROUGH = "through";

    @EJB
    private IndexRebuild rebuild;

    @Inject
    private JobContext job;

    @Override
    public PartitionPlan mapPartitions() {
        RebuildParameters parameters = RebuildParameters.of(job);
        List<Partition> partitions = rebuild.partitions(parameters.directory());
        Properties[] properties = new Properties[partitions.size()];
        for (Partition p : partitions) {
            Properties one = new Properties();
            one.setProperty(INDEX, Integer.toString(p.index()));
            one.setProperty(TYPE, p.type());
            one.setProperty(AFTER, Long.toString(p.after()));
            one.setProperty(THROUGH, Long.toString(p.through()));
            properties[p.index()] = one;
        }
        PartitionPlanImpl plan = new PartitionPlanImpl();
        plan.setPartitions(partitions.size());
        plan.setThreads(Math.min(parameters.threads(), partitions.size()));
        plan.setPartitionProperties(properties);
        plan.setPartitionsOverride(false);
        return plan;
    }
}
