package ru.gramota.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidSettingException;
import ru.gramota.platform.SettingSource;

class FileSettingsTest {

    private final Properties server = new Properties();

    FileSettingsTest() {
        server.setProperty("jboss.server.data.dir", "/srv/wildfly/data");
    }

    @Test
    void withNothingConfiguredTheDefaultsHold() {
        FileSettings settings = new FileSettings(SettingSource.of(Map.of()), server);

        assertEquals(Path.of("/srv/wildfly/data/gramota-blobs"), settings.blobStoreRoot());
        assertEquals(268_435_456L, settings.maxBytes());
        assertEquals(FileSettings.DEFAULT_TYPES, settings.allowedTypes());
    }

    @Test
    void configuredValuesAreUsed() {
        FileSettings settings = new FileSettings(
                SettingSource.of(Map.of(
                        "gramota.blob-store.root", "/mnt/blobs",
                        "gramota.files.max-bytes", "1048576",
                        "gramota.files.allowed-types", "application/pdf, text/plain")),
                server);

        assertEquals(Path.of("/mnt/blobs"), settings.blobStoreRoot());
        assertEquals(1_048_576L, settings.maxBytes());
        assertEquals(Set.of("application/pdf", "text/plain"), settings.allowedTypes());
    }

    @Test
    void aNegativeOrZeroLimitIsRefused() {
        assertEquals(
                "gramota.files.max-bytes",
                refused("gramota.files.max-bytes", "-1").property());
        assertEquals(
                "gramota.files.max-bytes",
                refused("gramota.files.max-bytes", "0").property());
        assertEquals(
                "gramota.files.max-bytes",
                refused("gramota.files.max-bytes", "256MB").property());
    }

    @Test
    void somethingThatIsNoMediaTypeIsRefused() {
        assertEquals(
                "gramota.files.allowed-types",
                refused("gramota.files.allowed-types", "pdf,docx").property());
    }

    private InvalidSettingException refused(String name, String value) {
        return assertThrows(
                InvalidSettingException.class, () -> new FileSettings(SettingSource.of(Map.of(name, value)), server));
    }
}
