package ru.gramota.web.api;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.Provider;
import jakarta.ws.rs.ext.ReaderInterceptor;
import jakarta.ws.rs.ext.ReaderInterceptorContext;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;

/**
 * JSON bodies are read strictly: at most {@value #MAX_BYTES} bytes, and valid UTF-8. The JSON parser
 * would otherwise replace broken bytes with U+FFFD and store a damaged title without a word.
 */
@Provider
public class StrictJsonBodies implements ReaderInterceptor {

    /** Far above any card (a 100,000-character text is at most 400 KB), far below a memory risk. */
    static final int MAX_BYTES = 16 * 1024 * 1024;

    @Override
    public Object aroundReadFrom(ReaderInterceptorContext context) throws IOException, WebApplicationException {
        MediaType type = context.getMediaType();
        if (type != null && type.isCompatible(MediaType.APPLICATION_JSON_TYPE)) {
            byte[] body = context.getInputStream().readNBytes(MAX_BYTES + 1);
            if (body.length > MAX_BYTES) {
                throw new InvalidInputException("body", Reason.BODY_TOO_LARGE, MAX_BYTES / (1024 * 1024));
            }
            try {
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT)
                        .decode(ByteBuffer.wrap(body));
            } catch (CharacterCodingException e) {
                throw new InvalidInputException("body", Reason.BODY_NOT_UTF8);
            }
            context.setInputStream(new ByteArrayInputStream(body));
        }
        return context.proceed();
    }
}
