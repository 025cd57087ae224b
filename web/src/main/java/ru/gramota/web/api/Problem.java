package ru.gramota.web.api;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.Localized;
import ru.gramota.platform.RowError;

/**
 * The one error format of the API: RFC 9457 problem details, with the field errors of a rejected
 * request ({@code field}, {@code code}, {@code message}) or the row errors of a rejected file ({@code
 * line}, {@code field}, {@code code}, {@code message}) in {@code errors}. Never a stack trace. {@code
 * detail} and the messages are in English, or in Russian when the request's {@code Accept-Language}
 * prefers Russian; the codes are the same in both.
 */
public record Problem(String type, String title, int status, String detail, List<?> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    private static final List<String> LANGUAGES = List.of("en", "ru");

    /** What is wrong with one field of the request. */
    public record FieldProblem(String field, String code, String message) {

        static FieldProblem of(FieldError error, Locale language) {
            return new FieldProblem(error.field(), error.code(), error.message(language));
        }
    }

    /** What is wrong with one field of one row of an imported file; line 1 is the header. */
    public record RowProblem(long line, String field, String code, String message) {

        static RowProblem of(RowError error, Locale language) {
            return new RowProblem(error.line(), error.field(), error.code(), error.message(language));
        }
    }

    /** The errors of a refusal as the answer lists them: field and row errors in the language. */
    static List<?> errors(List<?> errors, Locale language) {
        return errors.stream()
                .map(e -> e instanceof FieldError field
                        ? FieldProblem.of(field, language)
                        : e instanceof RowError row ? RowProblem.of(row, language) : e)
                .toList();
    }

    /**
     * The language of the answer: Russian if {@code Accept-Language} prefers it to English, English
     * otherwise (no header, another language, a header that does not parse).
     */
    static Locale language(HttpHeaders headers) {
        String accepted = headers == null ? null : headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE);
        if (accepted == null || accepted.isBlank()) {
            return Locale.ENGLISH;
        }
        try {
            String best = Locale.lookupTag(Locale.LanguageRange.parse(accepted), LANGUAGES);
            return "ru".equals(best) ? Localized.RUSSIAN : Locale.ENGLISH;
        } catch (IllegalArgumentException e) {
            return Locale.ENGLISH;
        }
    }

    static Response response(Response.Status status, Locale language, String detail) {
        return response(status, language, detail, List.of());
    }

    static Response response(Response.StatusType status, Locale language, String detail, List<?> errors) {
        return response("about:blank", status, language, detail, errors);
    }

    static Response response(String type, Response.StatusType status, Locale language, String detail, List<?> errors) {
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE)
                .language(language)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .entity(new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail, errors))
                .build();
    }
}
