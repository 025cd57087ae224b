package ru.gramota.audit;

import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.Iterator;
import java.util.NoSuchElementException;

/**
 * The file that sealed heads are anchored in, one signed line each ({@link Anchor}), appended and
 * written through to the disk. Outside the database: whoever rewrites the audit tables, head and all,
 * must also forge these lines, which they cannot without the private key.
 */
final class AnchorFile {

    private final Path file;
    private final AnchorKey key;

    AnchorFile(Path file, AnchorKey key) {
        this.file = file;
        this.key = key;
    }

    Path path() {
        return file;
    }

    AnchorKey key() {
        return key;
    }

    /** Signs the head and appends it; returns the line written. */
    synchronized Anchor append(SealedHead head, Instant at) {
        Anchor anchor = Anchor.of(0, head, at, key);
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            Files.writeString(
                    file,
                    anchor.text() + "\n",
                    StandardCharsets.US_ASCII,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND,
                    StandardOpenOption.DSYNC);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot append to the audit anchor file " + file, e);
        }
        return anchor;
    }

    /**
     * The anchors written so far, in the order written, read lazily; a line still being written is left
     * out. Close it when done.
     */
    Lines read() {
        try {
            if (!Files.exists(file)) {
                return new Lines(null, 0);
            }
            long size = Files.size(file);
            return new Lines(Files.newBufferedReader(file, StandardCharsets.US_ASCII), size);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the audit anchor file " + file, e);
        }
    }

    /** The anchors of the file as it was when opened. */
    static final class Lines implements Iterator<Anchor>, Closeable {

        private final BufferedReader reader;
        private final long size;
        private long consumed;
        private long number;
        private Anchor next;

        Lines(BufferedReader reader, long size) {
            this.reader = reader;
            this.size = size;
            advance();
        }

        private void advance() {
            next = null;
            if (reader == null) {
                return;
            }
            try {
                String line;
                while ((line = reader.readLine()) != null) {
                    consumed += line.length() + 1L;
                    if (consumed > size) {
                        return; // written after the file was opened, perhaps not to its end
                    }
                    number++;
                    if (!line.isBlank()) {
                        next = Anchor.parse(number, line);
                        return;
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read the audit anchor file", e);
            }
        }

        @Override
        public boolean hasNext() {
            return next != null;
        }

        @Override
        public Anchor next() {
            if (next == null) {
                throw new NoSuchElementException();
            }
            Anchor current = next;
            advance();
            return current;
        }

        @Override
        public void close() throws IOException {
            if (reader != null) {
                reader.close();
            }
        }
    }
}
