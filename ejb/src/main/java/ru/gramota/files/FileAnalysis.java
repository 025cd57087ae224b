package ru.gramota.files;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.Objects;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.FileImageInputStream;
import javax.imageio.stream.ImageInputStream;
import org.apache.tika.config.TikaConfig;
import org.apache.tika.detect.Detector;
import org.apache.tika.exception.TikaException;
import org.apache.tika.exception.WriteLimitReachedException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.Office;
import org.apache.tika.metadata.PagedText;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.mime.MediaTypeRegistry;
import org.apache.tika.mime.MimeTypeException;
import org.apache.tika.mime.MimeTypes;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.sax.BodyContentHandler;
import org.xml.sax.SAXException;

/**
 * Finds the media type, the page count and the text of a file with Apache Tika (PDF, Microsoft and
 * OpenDocument office formats, plain text, XML) and counts the pages of TIFF images with the JDK's
 * ImageIO. Meant for a file staged by {@link BlobStore}, before it is committed.
 *
 * <p>A file that cannot be parsed is not an error: its text is reported as {@link TextStatus#FAILED}.
 * Embedded documents (attachments inside a PDF or DOCX) are not opened. One instance serves any number
 * of threads.
 */
@ApplicationScoped
class FileAnalysis {

    /** Characters of text kept by default; the rest is dropped ({@link TextStatus#TRUNCATED}). */
    public static final int DEFAULT_WRITE_LIMIT = 1_000_000;
    /** Files larger than this (64 MiB) are not parsed by default ({@link TextStatus#SKIPPED_TOO_LARGE}). */
    public static final long DEFAULT_MAX_EXTRACT_BYTES = 64L * 1024 * 1024;

    private static final Logger LOG = Logger.getLogger(FileAnalysis.class.getName());
    private static final MediaType TIFF = MediaType.image("tiff");

    private final int writeLimit;
    private final long maxExtractBytes;
    private final Detector detector;
    private final AutoDetectParser parser;
    private final Map<MediaType, Parser> parsers;
    private final MediaTypeRegistry registry;
    private final MimeTypes mimeTypes;

    public FileAnalysis() {
        this(DEFAULT_WRITE_LIMIT, DEFAULT_MAX_EXTRACT_BYTES);
    }

    /**
     * @param writeLimit how many characters of text to keep at most
     * @param maxExtractBytes the largest file, in bytes, whose text is extracted
     */
    public FileAnalysis(int writeLimit, long maxExtractBytes) {
        if (writeLimit <= 0 || maxExtractBytes < 0) {
            throw new IllegalArgumentException("Limits must be positive: " + writeLimit + ", " + maxExtractBytes);
        }
        this.writeLimit = writeLimit;
        this.maxExtractBytes = maxExtractBytes;
        TikaConfig config;
        try {
            // Parsers are found through the loader of Tika itself (the EAR's lib/), whatever the
            // calling thread's context class loader is
            config = new TikaConfig(TikaConfig.class.getClassLoader());
        } catch (MimeTypeException e) {
            throw new IllegalStateException("Tika's media types cannot be loaded", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Tika's configuration cannot be loaded", e);
        }
        this.detector = config.getDetector();
        this.parser = new AutoDetectParser(config);
        this.parsers = parser.getParsers();
        this.registry = config.getMediaTypeRegistry();
        this.mimeTypes = config.getMimeRepository();
    }

    /**
     * Analyses a file.
     *
     * @param file the file to read; it is not changed
     * @param fileName the name the file was given by whoever sent it, a hint for the type; may be null
     * @throws IOException if the file cannot be read at all (an unparsable one is reported, not thrown)
     */
    public Analysis analyse(Path file, String fileName) throws IOException {
        Objects.requireNonNull(file, "file");
        long size = Files.size(file);
        MediaType type = detect(file);
        Metadata metadata = metadata(fileName);
        Text text;
        if (size == 0 || !hasParser(type)) {
            text = Text.NONE;
        } else if (size > maxExtractBytes) {
            text = Text.SKIPPED_TOO_LARGE;
        } else {
            text = extract(file, type, metadata);
        }
        Integer pages = TIFF.equals(type) ? tiffPages(file) : pages(metadata);
        return new Analysis(type.toString(), pages, text.text(), text.status());
    }

    /**
     * The type of the content, from the content alone: a name is what the sender claims, and random
     * bytes named {@code .docx} must not pass for a document ({@link #nameAgrees}).
     */
    private MediaType detect(Path file) throws IOException {
        Metadata metadata = metadata(null);
        try (TikaInputStream in = open(file, metadata)) {
            return detector.detect(in, metadata).getBaseType();
        }
    }

    /**
     * Whether the extension of a file's name agrees with the type its content was found to be: the
     * same type, one the content's type is a kind of (XML named {@code .txt}), or a more particular
     * kind of the content's type (plain text named {@code .xml}). A name without an extension Tika
     * knows agrees with any content.
     */
    public boolean nameAgrees(String fileName, String contentType) {
        if (fileName == null) {
            return true;
        }
        MediaType named = mimeTypes.getMimeType(fileName).getType();
        if (MediaType.OCTET_STREAM.equals(named)) {
            return true;
        }
        MediaType content = MediaType.parse(contentType);
        return content != null
                && !MediaType.OCTET_STREAM.equals(content)
                && (registry.isInstanceOf(content, named) || registry.isInstanceOf(named, content));
    }

    private static TikaInputStream open(Path file, Metadata metadata) throws IOException {
        boolean named = metadata.get(TikaCoreProperties.RESOURCE_NAME_KEY) != null;
        TikaInputStream in = TikaInputStream.get(file, metadata);
        if (!named) {
            // TikaInputStream names it after the staging file, which says nothing of its type
            metadata.remove(TikaCoreProperties.RESOURCE_NAME_KEY);
        }
        return in;
    }

    private Text extract(Path file, MediaType type, Metadata metadata) {
        BodyContentHandler handler = new BodyContentHandler(writeLimit);
        try (TikaInputStream in = open(file, metadata)) {
            parser.parse(in, handler, metadata, new ParseContext());
        } catch (IOException | SAXException | TikaException | RuntimeException | LinkageError e) {
            if (WriteLimitReachedException.isWriteLimitReached(e)) {
                return Text.of(handler.toString(), TextStatus.TRUNCATED);
            }
            // A corrupt, encrypted or mislabelled file (or a parser that chokes on it): no text
            LOG.log(Level.INFO, "No text from a file of type {0}: {1}", new Object[] {type, e.toString()});
            LOG.log(Level.FINE, "Text extraction failed", e);
            return Text.FAILED;
        }
        return Text.of(handler.toString(), TextStatus.EXTRACTED);
    }

    /** Whether any parser, for this type or a type it is a kind of, can read text from it. */
    private boolean hasParser(MediaType type) {
        for (MediaType t = registry.normalize(type);
                t != null && !MediaType.OCTET_STREAM.equals(t);
                t = registry.getSupertype(t)) {
            if (parsers.containsKey(t)) {
                return true;
            }
        }
        return false;
    }

    private static Integer pages(Metadata metadata) {
        Integer pages = metadata.getInt(PagedText.N_PAGES);
        if (pages == null) {
            pages = metadata.getInt(Office.PAGE_COUNT);
        }
        return pages != null && pages > 0 ? pages : null;
    }

    /** The number of images in a TIFF file, by the JDK's own TIFF reader; null if it cannot tell. */
    static Integer tiffPages(Path file) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName("tiff");
        if (!readers.hasNext()) {
            return null;
        }
        ImageReader reader = readers.next();
        try (ImageInputStream in = new FileImageInputStream(file.toFile())) {
            reader.setInput(in, false, true);
            int images = reader.getNumImages(true);
            return images > 0 ? images : null;
        } catch (IOException | RuntimeException e) {
            LOG.log(Level.FINE, "Cannot count the images of a TIFF file", e);
            return null;
        } finally {
            reader.dispose();
        }
    }

    private static Metadata metadata(String fileName) {
        Metadata metadata = new Metadata();
        if (fileName != null && !fileName.isBlank()) {
            metadata.set(TikaCoreProperties.RESOURCE_NAME_KEY, fileName);
        }
        return metadata;
    }

    /** Strips the text, drops trailing spaces of lines and collapses runs of blank lines into one. */
    static String tidy(String raw) {
        StringBuilder text = new StringBuilder(raw.length());
        boolean blankBefore = false;
        for (String line : raw.split("\\R", -1)) {
            String trimmed = line.stripTrailing();
            if (trimmed.isEmpty()) {
                blankBefore = text.length() > 0;
                continue;
            }
            if (blankBefore) {
                text.append('\n');
                blankBefore = false;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(trimmed);
        }
        return text.toString().strip();
    }

    private record Text(String text, TextStatus status) {

        static final Text NONE = new Text(null, TextStatus.NONE);
        static final Text SKIPPED_TOO_LARGE = new Text(null, TextStatus.SKIPPED_TOO_LARGE);
        static final Text FAILED = new Text(null, TextStatus.FAILED);

        static Text of(String raw, TextStatus status) {
            String text = tidy(raw);
            return text.isEmpty() ? NONE : new Text(text, status);
        }
    }
}
