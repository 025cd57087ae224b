package ru.gramota.web.api;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * The one error format of the API: RFC 9457 problem details, with the field errors of a rejected
 * request ({@code field}, {@code message}) or the row errors of a rejected file ({@code line}, {@code
 * field}, {@code message}) in {@code errors}. Never a stack trace.
 */
public record Problem(String type, String title, int status, String detail, List<?> errors) {

    public static final MediaType MEDIA_TYPE = new MediaType("application", "problem+json");

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
