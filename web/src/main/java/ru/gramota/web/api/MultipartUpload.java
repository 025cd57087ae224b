package ru.gramota.web.api;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.field.ContentDispositionFieldLenientImpl;
import org.apache.james.mime4j.field.ContentTypeFieldLenientImpl;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RawField;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * Reads a multipart/form-data body as a stream of parts (Apache James mime4j's pull parser) and hands
 * the content of one named file part to a consumer while it arrives: nothing is buffered in memory
 * or written to a temporary file on the way.
 */
final class MultipartUpload {

    /** What to do with the file part's name and content. */
    @FunctionalInterface
    interface FileConsumer<T> {
        T accept(String fileName, InputStream content);
    }

    /** RFC 2046, 5.1.1: 1 to 70 characters of bchars, not ending in a space. */
    private static final Pattern BOUNDARY =
            Pattern.compile("[0-9A-Za-z'()+_,\\-./:=? ]{0,69}[0-9A-Za-z'()+_,\\-./:=?]");

    private MultipartUpload() {}

    /**
     * Finds the part named {@code partName} and gives its file name and content to the consumer.
     *
     * @throws InvalidInputException naming {@code partName} when the body is not such a form or has no such part
     */
    static <T> T filePart(String contentType, InputStream body, String partName, FileConsumer<T> consumer) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new InvalidInputException(partName, CommonReason.FORM_NOT_MULTIPART, partName);
        }
        String boundary = ContentTypeFieldLenientImpl.PARSER
                .parse(new RawField("Content-Type", contentType), DecodeMonitor.SILENT)
                .getBoundary();
        if (boundary == null || !BOUNDARY.matcher(boundary).matches()) {
            throw new InvalidInputException(partName, CommonReason.FORM_BOUNDARY_INVALID);
        }
        MimeConfig config = MimeConfig.custom()
                .setMaxLineLen(-1)
                .setMaxHeaderLen(16 * 1024)
                .setMaxHeaderCount(50)
                .build();
        // A strict monitor: a body cut short before its closing boundary, or with broken headers, is refused.
        MimeTokenStream parts = new MimeTokenStream(config, DecodeMonitor.STRICT, null);
        parts.parseHeadless(body, contentType);
        try {
            String name = null;
            String fileName = null;
            for (EntityState state = parts.getState(); state != EntityState.T_END_OF_STREAM; state = parts.next()) {
                switch (state) {
                    case T_START_BODYPART -> {
                        name = null;
                        fileName = null;
                    }
                    case T_FIELD -> {
                        ContentDispositionField disposition = disposition(parts.getField());
                        if (disposition != null) {
                            name = disposition.getParameter("name");
                            fileName = disposition.getFilename();
                        }
                    }
                    case T_BODY -> {
                        if (partName.equals(name)) {
                            return consumer.accept(
                                    fileName, new WholeForm(parts.getDecodedInputStream(), parts, partName));
                        }
                    }
                    default -> {
                        // Preamble, epilogue, multipart boundaries: nothing to read.
                    }
                }
            }
        } catch (MimeException e) {
            throw new InvalidInputException(partName, CommonReason.FORM_UNREADABLE, e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(partName, CommonReason.FORM_CUT_SHORT);
        }
        throw new InvalidInputException(partName, CommonReason.FORM_PART_MISSING, partName);
    }

    /**
     * The file part's content that, when it ends, reads the rest of the form to its closing boundary:
     * a form cut short fails the read, so the consumer stores nothing.
     */
    private static final class WholeForm extends FilterInputStream {

        private final MimeTokenStream parts;
        private final String partName;
        private boolean checked;

        WholeForm(InputStream content, MimeTokenStream parts, String partName) {
            super(content);
            this.parts = parts;
            this.partName = partName;
        }

        @Override
        public int read() throws IOException {
            return ended(super.read());
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            return ended(super.read(buffer, offset, length));
        }

        private int ended(int read) throws IOException {
            if (read < 0 && !checked) {
                checked = true;
                try {
                    while (parts.next() != EntityState.T_END_OF_STREAM) {
                        // Through the remaining parts and the epilogue to the end.
                    }
                } catch (MimeException e) {
                    throw new InvalidInputException(partName, CommonReason.FORM_CUT_SHORT);
                }
            }
            return read;
        }
    }

    /** The part's Content-Disposition, its header read as UTF-8 as browsers send file names. */
    private static ContentDispositionField disposition(Field field) {
        if (!"content-disposition".equalsIgnoreCase(field.getName())) {
            return null;
        }
        String header = field.getRaw() == null
                ? field.getBody()
                : new String(field.getRaw().toByteArray(), StandardCharsets.UTF_8);
        String body = header.substring(header.indexOf(':') + 1).strip();
        return ContentDispositionFieldLenientImpl.PARSER.parse(
                new RawField("Content-Disposition", body), DecodeMonitor.SILENT);
    }
}
