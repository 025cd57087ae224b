package ru.gramota.batch.search;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import ru.gramota.search.IndexRebuild;
import ru.gramota.search.IndexRecord;
import ru.gramota.search.JournalFeed.Page;

/**
 * Writes a chunk's pages to the new index in one commit, with the records the partition has walked,
 * before the chunk's checkpoint is stored: after a crash the index is at or past the checkpoint, and
 * what the restart writes again replaces itself.
 */
@Dependent
@Named("rebuildWriter")
public class RebuildWriter extends AbstractItemWriter {

    @EJB
    private IndexRebuild rebuild;

    @Inject
    private JobContext job;

    @Inject
    private StepContext step;

    private String directory;

    @Override
    public void open(Serializable checkpoint) {
        directory = RebuildParameters.of(job).directory();
    }

    @Override
    public void writeItems(List<Object> items) {
        List<IndexRecord> records = new ArrayList<>();
        Set<String> removed = new HashSet<>();
        for (Object item : items) {
            Page page = (Page) item;
            records.addAll(page.records());
            removed.addAll(page.removed());
        }
        RebuildReader reader = (RebuildReader) step.getTransientUserData();
        rebuild.write(directory, reader.partition(), records, removed, reader.walked());
    }
}
