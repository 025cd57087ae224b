package ru.gramota.batch.selfcheck;

import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemReader;
import jakarta.ejb.EJB;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.UUID;
import ru.gramota.selfcheck.SelfCheckProbes;

/**
 * Reads the ids of probes sent before {@code olderThan} in id order, a page at a time (keyset
 * paging). The checkpoint is the last id read, so a restarted job goes on after it.
 */
@Dependent
@Named("selfCheckProbeReader")
public class SelfCheckProbeReader extends AbstractItemReader {

    private static final int PAGE = 100;
    private static final UUID BEFORE_ALL = new UUID(0, 0);

    @Inject
    @BatchProperty
    String olderThan;

    @EJB
    private SelfCheckProbes probes;

    private Instant cutoff;
    private UUID lastRead;
    private final Deque<UUID> page = new ArrayDeque<>();

    @Override
    public void open(Serializable checkpoint) {
        try {
            cutoff = Instant.parse(olderThan);
        } catch (NullPointerException | DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "Job parameter olderThan must be an ISO-8601 instant such as 2026-11-01T00:00:00Z; got: "
                            + olderThan,
                    e);
        }
        lastRead = checkpoint == null ? BEFORE_ALL : (UUID) checkpoint;
    }

    @Override
    public Object readItem() {
        if (page.isEmpty()) {
            page.addAll(probes.sentBefore(cutoff, lastRead, PAGE));
        }
        UUID next = page.poll();
        if (next != null) {
            lastRead = next;
        }
        return next;
    }

    @Override
    public Serializable checkpointInfo() {
        return lastRead;
    }
}
