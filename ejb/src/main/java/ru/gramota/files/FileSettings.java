package ru.gramota.files;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import ru.gramota.platform.CheckedSettings;
import ru.gramota.platform.SettingSource;

/**
 * Where files are kept and which are accepted, read once at start-up: the blob store's root, the
 * largest file and the media types accepted as attachments.
 */
@ApplicationScoped
public class FileSettings implements CheckedSettings {

    static final String BLOB_STORE_ROOT = "gramota.blob-store.root";
    static final String MAX_BYTES = "gramota.files.max-bytes";
    static final String ALLOWED_TYPES = "gramota.files.allowed-types";

    /** 256 MiB. */
    public static final long DEFAULT_MAX_BYTES = 268_435_456L;

    /** PDF, DOCX, ODT, TIFF, plain text and XML. */
    public static final Set<String> DEFAULT_TYPES = Set.of(
            "application/pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            "application/vnd.oasis.opendocument.text",
            "image/tiff",
            "text/plain",
            "application/xml",
            "text/xml");

    private Path blobStoreRoot;
    private long maxBytes;
    private Set<String> allowedTypes;

    /** For the container's proxy only. */
    protected FileSettings() {}

    @Inject
    FileSettings(Config config) {
        this(SettingSource.of(config), System.getProperties());
    }

    /** @param system where the server's data directory is ({@code jboss.server.data.dir}) */
    public FileSettings(SettingSource settings, Properties system) {
        blobStoreRoot = BlobStoreProducer.root(settings.path(BLOB_STORE_ROOT).map(Path::toString), system);
        maxBytes = settings.number(MAX_BYTES, DEFAULT_MAX_BYTES, 1, Long.MAX_VALUE);
        allowedTypes = settings.list(ALLOWED_TYPES)
                .map(types -> {
                    for (String type : types) {
                        if (!type.matches("[\\w.+-]+/[\\w.+-]+")) {
                            throw SettingSource.invalid(
                                    ALLOWED_TYPES, String.join(",", types), "media types such as application/pdf");
                        }
                    }
                    return Set.copyOf(types);
                })
                .orElse(DEFAULT_TYPES);
    }

    @Override
    public String feature() {
        return "files";
    }

    /** The content-addressed store's directory. */
    public Path blobStoreRoot() {
        return blobStoreRoot;
    }

    /** The largest file accepted, in bytes. */
    public long maxBytes() {
        return maxBytes;
    }

    /** The media types accepted, as detected from the content. */
    public Set<String> allowedTypes() {
        return allowedTypes;
    }
}
