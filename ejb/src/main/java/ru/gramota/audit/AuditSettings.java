package ru.gramota.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/**
 * How the audit chain is sealed and anchored, read once at start-up: how often this node's sealer
 * looks for unsealed records, how often it anchors the sealed head, and where the anchor file and the
 * installation's anchor key are (by default under {@code gramota/audit} in the server's data
 * directory).
 */
@ApplicationScoped
class AuditSettings implements CheckedSettings {

    static final String SEALER = "gramota.audit.sealer";
    static final String SEAL_INTERVAL = "gramota.audit.seal-interval";
    static final String ANCHOR_INTERVAL = "gramota.audit.anchor-interval";
    static final String ANCHOR_FILE = "gramota.audit.anchor-file";
    static final String ANCHOR_KEY = "gramota.audit.anchor-key";

    /** The longest a committed record waits for its seal; readiness and verification hold it. */
    static final Duration SEALING_BOUND = Duration.ofSeconds(1);

    private boolean sealer;
    private Duration sealInterval;
    private Duration anchorInterval;
    private Path anchorFile;
    private Path anchorKey;

    /** For the container's proxy only. */
    protected AuditSettings() {}

    @Inject
    AuditSettings(Config config) {
        this(SettingSource.of(config), System.getProperties());
    }

    /** @param system where the server's data directory is ({@code jboss.server.data.dir}) */
    AuditSettings(SettingSource settings, Properties system) {
        sealer = settings.flag(SEALER, true);
        sealInterval = settings.duration(SEAL_INTERVAL, Duration.ofMillis(200));
        anchorInterval = settings.duration(ANCHOR_INTERVAL, Duration.ofSeconds(10));
        Path audit = Path.of(system.getProperty("jboss.server.data.dir", "data"), "gramota", "audit");
        anchorFile = settings.path(ANCHOR_FILE).orElseGet(() -> audit.resolve("anchors.log"));
        anchorKey = settings.path(ANCHOR_KEY).orElseGet(() -> audit.resolve("anchor-key.pem"));
    }

    @Override
    public String feature() {
        return "audit";
    }

    /**
     * Whether this node runs a sealer (every node does by default; one is enough). Off, the node only
     * appends, and its records wait for another node's sealer, or for its own next start (the test of
     * recovery after a crash holds records unsealed that way).
     */
    boolean sealer() {
        return sealer;
    }

    /** How often the sealer runs besides the nudge after each commit; 200 ms by default. */
    Duration sealInterval() {
        return sealInterval;
    }

    Duration anchorInterval() {
        return anchorInterval;
    }

    Path anchorFile() {
        return anchorFile;
    }

    Path anchorKey() {
        return anchorKey;
    }
}
