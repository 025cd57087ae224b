package ru.gramota.batch.search;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import ru.gramota.search.IndexRebuild;
import ru.gramota.search.IndexRebuild.Partition;
import ru.gramota.search.JournalFeed.Page;

/**
 * Reads a partition's records a page at a time, in id order. The checkpoint is the last id read and
 * the records walked so far, so that a restarted partition goes on after the last committed chunk.
 */
@Dependent
@Named("rebuildReader")
public class RebuildReader extends AbstractItemReader {

    /** How far a partition has got: the last id read and how many records it has walked. */
    record Progress(long after, long walked) implements Serializable {}

    @EJB
    private IndexRebuild rebuild;

    @Inject
    private StepContext step;

    @Inject
    @BatchProperty(name = RebuildPartitions.INDEX)
    private String index;

    @Inject
    @BatchProperty(name = RebuildPartitions.TYPE)
    private String type;

    @Inject
    @BatchProperty(name = RebuildPartitions.AFTER)
    private String after;

    @Inject
    @BatchProperty(name = RebuildPartitions.THROUGH)
    private String through;

    private Partition partition;
    private Progress progress;

    @Override
    public void open(Serializable checkpoint) {
        partition = new Partition(Integer.parseInt(index), type, Long.parseLong(after), Long.parseLong(through));
        progress = checkpoint == null ? new Progress(partition.after(), 0) : (Progress) checkpoint;
        step.setTransientUserData(this);
    }

    @Override
    public Object readItem() {
        Page page = rebuild.page(partition, progress.after());
        if (page.walked() == 0) {
            return null;
        }
        progress = new Progress(page.lastId(), progress.walked() + page.walked());
        return page;
    }

    @Override
    public Serializable checkpointInfo() {
        return progress;
    }

    Partition partition() {
        return partition;
    }

    long walked() {
        return progress.walked();
    }
}
