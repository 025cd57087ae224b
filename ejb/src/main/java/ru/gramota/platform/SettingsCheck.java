package ru.gramota.platform;

import jakarta.annotation.PostConstruct;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.logging.Logger;

/**
 * Reads every feature's settings ({@link CheckedSettings}) when the application starts, before the
 * schema is migrated. A bad one stops the deployment after one log line per bad setting that names it
 * (property and environment variable) and says what is expected.
 */
@Singleton
@Startup
public class SettingsCheck {

    private static final Logger LOG = Logger.getLogger(SettingsCheck.class.getName());

    @Inject
    @Any
    private Instance<CheckedSettings> settings;

    @PostConstruct
    void checkAtStartup() {
        List<InvalidSettingException> refused = new ArrayList<>();
        TreeSet<String> read = new TreeSet<>();
        for (CheckedSettings feature : settings) {
            try {
                read.add(feature.feature());
            } catch (RuntimeException e) {
                refused.add(refusal(e));
            }
        }
        SettingSource.refuse(refused);
        LOG.fine(() -> "Settings read: " + String.join(", ", read));
    }

    /** The bad setting behind a failure to create a settings bean (CDI may wrap it). */
    private static InvalidSettingException refusal(RuntimeException e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof InvalidSettingException invalid) {
                return invalid;
            }
        }
        throw e;
    }
}
