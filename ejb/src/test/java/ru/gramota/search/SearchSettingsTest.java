package ru.gramota.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.SettingSource;

class SearchSettingsTest {

    @Test
    void theIndexLivesUnderTheServersDataDirectoryUnlessConfigured() {
        Properties server = new Properties();
        server.setProperty("jboss.server.data.dir", "/srv/wildfly/data");

        assertEquals(
                Path.of("/srv/wildfly/data/gramota/index"),
                new SearchSettings(SettingSource.of(Map.of()), server).indexDirectory());
        assertEquals(
                Path.of("/var/lib/gramota/index"),
                new SearchSettings(SettingSource.of(Map.of("gramota.index.dir", "/var/lib/gramota/index")), server)
                        .indexDirectory());
    }
}
