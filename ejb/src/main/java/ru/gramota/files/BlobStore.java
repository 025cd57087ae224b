package ru.gramota.files;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A content-addressed file store: each file is kept once, under the lower-case hex SHA-256 of its
 * content, at {@code root/ab/cd/abcd…}. Content arrives through {@link #stage}, which streams it to
 * {@code root/tmp/} while hashing it; {@link StagedBlob#commit} then moves it into place atomically.
 * Stored files are never changed: the same hash always means the same bytes.
 *
 * <p>Safe for concurrent use by many threads and by several nodes sharing the directory: staging
 * files have unique names, and committing content that is already stored keeps the stored copy.
 */
public class BlobStore {

    static final int BUFFER_SIZE = 64 * 1024;
    static final String TMP = "tmp";

    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Pattern LEVEL = Pattern.compile("[0-9a-f]{2}");

    private final Path root;

    public BlobStore(Path root) {
        this.root = Objects.requireNonNull(root, "root").toAbsolutePath().normalize();
    }

    /** For the CDI client proxy of the produced bean only. */
    protected BlobStore() {
        this.root = null;
    }

    /** The directory that holds the store. */
    public Path root() {
        return root;
    }

    /**
     * Copies {@code in} (not closed here) to a new staging file under {@code root/tmp/}, hashing it on
     * the way; at most {@code maxBytes + 1} bytes are read. The caller commits the result or closes it
     * to discard it.
     *
     * @throws FileTooLargeException if {@code in} holds more than {@code maxBytes} bytes; the staging
     *     file is deleted first
     */
    public StagedBlob stage(InputStream in, long maxBytes) throws IOException {
        Objects.requireNonNull(in, "in");
        if (maxBytes < 0) {
            throw new IllegalArgumentException("maxBytes must not be negative: " + maxBytes);
        }
        Path tmp = root.resolve(TMP);
        Files.createDirectories(tmp);
        Path file = Files.createTempFile(tmp, "staged-", ".tmp");
        MessageDigest digest = sha256Digest();
        long size = 0;
        boolean staged = false;
        try (FileChannel out = FileChannel.open(file, StandardOpenOption.WRITE)) {
            byte[] buffer = new byte[BUFFER_SIZE];
            while (true) {
                // One byte past the limit is enough to know it was passed
                long remaining = maxBytes - size;
                int wanted = remaining >= buffer.length ? buffer.length : (int) remaining + 1;
                int read = in.read(buffer, 0, wanted);
                if (read < 0) {
                    break;
                }
                size += read;
                if (size > maxBytes) {
                    throw new FileTooLargeException(maxBytes);
                }
                digest.update(buffer, 0, read);
                ByteBuffer chunk = ByteBuffer.wrap(buffer, 0, read);
                while (chunk.hasRemaining()) {
                    out.write(chunk);
                }
            }
            // On disk before anyone records its hash (blob first, then the row)
            out.force(true);
            staged = true;
        } finally {
            if (!staged) {
                deleteQuietly(file);
            }
        }
        return new StagedBlob(this, file, HexFormat.of().formatHex(digest.digest()), size);
    }

    /** Reads a stored file. */
    public InputStream open(String sha256) throws IOException {
        return Files.newInputStream(path(sha256));
    }

    /** Where the file with this hash is (or would be) stored: {@code root/ab/cd/abcd…}. */
    public Path path(String sha256) {
        requireSha256(sha256);
        return root.resolve(sha256.substring(0, 2))
                .resolve(sha256.substring(2, 4))
                .resolve(sha256);
    }

    public boolean exists(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    /** The size of a stored file, in bytes. */
    public long size(String sha256) throws IOException {
        return Files.size(path(sha256));
    }

    /**
     * The hashes of all stored files, in no particular order; staging files are not included. The
     * stream reads the directories lazily: close it (try-with-resources). Errors while walking surface
     * as {@link UncheckedIOException}.
     */
    public Stream<String> list() throws IOException {
        if (!Files.isDirectory(root)) {
            return Stream.empty();
        }
        return Files.list(root)
                .filter(BlobStore::isLevelDirectory)
                .flatMap(BlobStore::children)
                .filter(BlobStore::isLevelDirectory)
                .flatMap(BlobStore::children)
                .filter(this::isStoredFile)
                .map(file -> file.getFileName().toString());
    }

    /** Moves a staging file to its place; content that is already stored is kept as it is. */
    Path commit(Path staged, String sha256) throws IOException {
        Path target = path(sha256);
        if (Files.exists(target)) {
            Files.delete(staged);
            return target;
        }
        Files.createDirectories(target.getParent());
        try {
            try {
                Files.move(staged, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(staged, target);
            }
        } catch (FileAlreadyExistsException e) {
            // Someone stored the same content between the check and the move
            Files.deleteIfExists(staged);
            return target;
        }
        syncDirectory(target.getParent());
        return target;
    }

    static String requireSha256(String sha256) {
        if (sha256 == null || !SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("Not a lower-case hex SHA-256: " + abbreviate(sha256));
        }
        return sha256;
    }

    static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // The staging file stays behind in tmp/; nothing refers to it
        }
    }

    private boolean isStoredFile(Path file) {
        String name = file.getFileName().toString();
        Path level2 = file.getParent();
        Path level1 = level2.getParent();
        return SHA256.matcher(name).matches()
                && name.startsWith(level1.getFileName().toString() + level2.getFileName())
                && Files.isRegularFile(file);
    }

    private static boolean isLevelDirectory(Path dir) {
        return LEVEL.matcher(dir.getFileName().toString()).matches() && Files.isDirectory(dir);
    }

    private static Stream<Path> children(Path dir) {
        try {
            return Files.list(dir);
        } catch (NoSuchFileException e) {
            return Stream.empty(); // removed while we walked
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the new directory entry durable where the platform allows it (not on Windows). */
    private static void syncDirectory(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java platform has SHA-256", e);
        }
    }

    private static String abbreviate(String value) {
        if (value == null) {
            return "null";
        }
        return value.length() <= 80 ? value : value.substring(0, 80) + "…";
    }
}
