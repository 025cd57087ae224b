package ru.gramota.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Locale;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.RowError;

/**
 * The one error format of the API: RFC 9457 problem details, with the field errors of a rejected
 * request ({@code field}, {@code code}, {@code message}) or the row errors of a rejected file ({@code
 * line}, {@code field}, {@code code}, {@code message}) in {@code errors}. Never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, List<?> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

    /** What is wrong with one field of the request. */
    public record FieldProblem(String field, String code, String message) {

        static List<FieldProblem> of(List<FieldError> errors, Locale language) {
            return errors.stream()
                    .map(e -> new FieldProblem(e.field(), e.code(), e.message(language)))
                    .toList();
        }
    }

    /** What is wrong with one field of one row of an imported file; line 1 is the header. */
    public record RowProblem(long line, String field, String code, String message) {

        static List<RowProblem> of(List<RowError> errors, Locale language) {
            return errors.stream()
                    .map(e -> new RowProblem(e.line(), e.field(), e.code(), e.message(language)))
                    .toList();
        }
    }

    static Response response(Response.Status status, String detail) {
        return response(status, detail, List.of());
    }

    static Response response(Response.StatusType status, String detail, List<?> errors) {
        return response("about:blank", status, detail, errors);
    }

    static Response response(String type, Response.StatusType status, String detail, List<?> errors) {
        return Response.status(status.getStatusCode())
                .type(MEDIA_TYPE)
                .entity(new Problem(type, status.getReasonPhrase(), status.getStatusCode(), detail, errors))
                .build();
    }
}
