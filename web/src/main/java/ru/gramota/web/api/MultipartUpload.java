package ru.gramota.web.api;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.dom.field.ContentDispositionField;
import org.apache.james.mime4j.field.ContentDispositionFieldLenientImpl;
import org.apache.james.mime4j.stream.EntityState;
import org.apache.james.mime4j.stream.Field;
import org.apache.james.mime4j.stream.MimeConfig;
import org.apache.james.mime4j.stream.MimeTokenStream;
import org.apache.james.mime4j.stream.RawField;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;

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

    private MultipartUpload() {}

    /**
     * Finds the part named {@code partName} and gives its file name and content to the consumer.
     *
     * @throws InvalidInputException naming {@code partName} when the body is not such a form or has no such part
     */
    static <T> T filePart(String contentType, InputStream body, String partName, FileConsumer<T> consumer) {
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
            throw new InvalidInputException(partName, Reason.FORM_NOT_MULTIPART, partName);
        }
        MimeConfig config = MimeConfig.custom()
                .setMaxLineLen(-1)
                .setMaxHeaderLen(16 * 1024)
                .setMaxHeaderCount(50)
                .build();
        MimeTokenStream parts = new MimeTokenStream(config);
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
                            return consumer.accept(fileName, parts.getDecodedInputStream());
                        }
                    }
                    default -> {
                        // Preamble, epilogue, multipart boundaries: nothing to read.
                    }
                }
            }
        } catch (MimeException e) {
            throw new InvalidInputException(partName, Reason.FORM_UNREADABLE, e.getMessage());
        } catch (IOException e) {
            throw new InvalidInputException(partName, Reason.FORM_CUT_SHORT);
        }
        throw new InvalidInputException(partName, Reason.FORM_PART_MISSING, partName);
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
