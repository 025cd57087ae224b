package ru.gramota.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class BlobStoreProducerTest {

    @Test
    void theConfiguredRootIsUsed() {
        Properties system = properties("/srv/wildfly/data", "/tmp");

        assertEquals(Path.of("/srv/blobs"), BlobStoreProducer.root(Optional.of("/srv/blobs"), system));
    }

    @Test
    void byDefaultBlobsLiveUnderTheServersDataDirectory() {
        Properties system = properties("/srv/wildfly/data", "/tmp");

        assertEquals(Path.of("/srv/wildfly/data/gramota-blobs"), BlobStoreProducer.root(Optional.empty(), system));
    }

    @Test
    void withoutAServerBlobsLiveUnderTheTemporaryDirectory() {
        Properties system = properties(null, "/var/tmp");

        assertEquals(Path.of("/var/tmp/gramota-blobs"), BlobStoreProducer.root(Optional.empty(), system));
    }

    private static Properties properties(String dataDir, String tmpDir) {
        Properties properties = new Properties();
        if (dataDir != null) {
            properties.setProperty("jboss.server.data.dir", dataDir);
        }
        properties.setProperty("java.io.tmpdir", tmpDir);
        return properties;
    }
}
