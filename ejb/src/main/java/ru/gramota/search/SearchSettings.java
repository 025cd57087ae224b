package ru.gramota.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/**
 * Where this node keeps its Lucene index, read once at start-up: {@code gramota.index.dir}, by default
 * {@code gramota/index} under the server's data directory; and the indexer's pace.
 */
@ApplicationScoped
class SearchSettings implements CheckedSettings {

    static final String INDEX_DIR = "gramota.index.dir";
    static final String POLL_INTERVAL = "gramota.search.poll-interval";
    static final String GAP_WAIT = "gramota.search.gap-wait";
    static final String NODE_LIVENESS = "gramota.search.node-liveness";
    static final String JOURNAL_RETENTION = "gramota.search.journal-retention";

    private Path indexDirectory;
    private Duration pollInterval;
    private Duration gapWait;
    private Duration nodeLiveness;
    private Duration journalRetention;

    /** For the container's proxy only. */
    protected SearchSettings() {}

    @Inject
    SearchSettings(Config config) {
        this(SettingSource.of(config), System.getProperties());
    }

    /** @param system where the server's data directory is ({@code jboss.server.data.dir}) */
    public SearchSettings(SettingSource settings, Properties system) {
        indexDirectory = settings.path(INDEX_DIR)
                .orElseGet(() -> Path.of(system.getProperty("jboss.server.data.dir", "data"), "gramota", "index"));
        pollInterval = settings.duration(POLL_INTERVAL, Duration.ofMillis(200));
        gapWait = settings.duration(GAP_WAIT, Duration.ofMinutes(10));
        nodeLiveness = settings.duration(NODE_LIVENESS, Duration.ofMinutes(10));
        journalRetention = settings.duration(JOURNAL_RETENTION, Duration.ofHours(1));
    }

    @Override
    public String feature() {
        return "search";
    }

    public Path indexDirectory() {
        return indexDirectory;
    }

    /** How often the indexer looks for new journal rows besides the pass after each local commit. */
    Duration pollInterval() {
        return pollInterval;
    }

    /**
     * How long a journal id missing below applied ones is waited for: longer than any transaction
     * lasts (WildFly's default timeout is 5 minutes); after it, its transaction rolled back.
     */
    Duration gapWait() {
        return gapWait;
    }

    /** How long applied journal rows are kept for administrators before they are pruned. */
    Duration journalRetention() {
        return journalRetention;
    }

    /** A node that has not reported its position for this long is no longer waited for by pruning. */
    Duration nodeLiveness() {
        return nodeLiveness;
    }
}
