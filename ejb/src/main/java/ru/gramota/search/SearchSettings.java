package ru.gramota.search;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Properties;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/**
 * Where this node keeps its Lucene index, read once at start-up: {@code gramota.index.dir}, by default
 * {@code gramota/index} under the server's data directory.
 */
@ApplicationScoped
class SearchSettings implements CheckedSettings {

    static final String INDEX_DIR = "gramota.index.dir";

    private Path indexDirectory;

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
    }

    @Override
    public String feature() {
        return "search";
    }

    public Path indexDirectory() {
        return indexDirectory;
    }
}
