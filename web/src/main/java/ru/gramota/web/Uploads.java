package ru.gramota.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import ru.gramota.files.FileReason;
import ru.gramota.platform.InvalidInputException;

/** Reading uploaded files with a size limit and strict decoding, for the API and the pages alike. */
public final class Uploads {

    private Uploads() {}

    /**
     * The body as UTF-8 text.
     *
     * @throws InvalidInputException if it is empty, larger than {@code maxBytes} or not valid UTF-8
     */
    public static Reader utf8Text(InputStream body, int maxBytes) {
        byte[] bytes = bytes(body, maxBytes);
        try {
            return new StringReader(StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes))
                    .toString());
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", FileReason.FILE_NOT_UTF8);
        }
    }

    /**
     * The body's bytes.
     *
     * @throws InvalidInputException if it is empty or larger than {@code maxBytes}
     */
    public static byte[] bytes(InputStream body, int maxBytes) {
        byte[] bytes;
        try {
            bytes = body.readNBytes(maxBytes + 1);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the request body", e);
        }
        if (bytes.length == 0) {
            throw new InvalidInputException("file", FileReason.FILE_EMPTY);
        }
        if (bytes.length > maxBytes) {
            throw new InvalidInputException("file", FileReason.FILE_LARGER_THAN, maxBytes / (1024 * 1024));
        }
        return bytes;
    }
}
