package ru.gramota.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Makes the application's {@link BlobStore} injectable. Its root is {@code gramota.blob-store.root}
 * ({@link FileSettings}); by default {@code gramota-blobs} under the server's data directory, or under
 * the temporary directory when there is no server.
 */
@ApplicationScoped
class BlobStoreProducer {

    @Inject
    FileSettings settings;

    @Produces
    @ApplicationScoped
    BlobStore blobStore() {
        return new BlobStore(settings.blobStoreRoot());
    }

    static Path root(Optional<String> configured, Properties system) {
        return configured.filter(value -> !value.isBlank()).map(Path::of).orElseGet(() -> {
            String dataDir = system.getProperty("jboss.server.data.dir");
            String base = dataDir != null ? dataDir : system.getProperty("java.io.tmpdir");
            return Path.of(base, "gramota-blobs");
        });
    }
}
