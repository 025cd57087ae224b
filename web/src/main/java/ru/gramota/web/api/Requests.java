package ru.gramota.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * The checks every resource makes of its request bodies the same way (a body at all, a password, a
 * named constant) and the answer to a creation. Each resource declares the records it reads beside
 * it, with a {@code @Schema} on each field that states in the OpenAPI document what the service
 * requires of it (required fields, lengths, the code rule of {@link ru.gramota.platform.Codes}); the
 * registration resource's bodies, which share the card's fields, are next to it in {@link CardRequests}. {@link StrictJsonBodies} reads them all.
 */
final class Requests {

    private Requests() {}

    /** 201 Created with the new resource's address (this path plus its key) and its representation. */
    static Response created(UriInfo uri, String key, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(key).build())
                .entity(entity)
                .build();
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", CommonReason.BODY_REQUIRED);
        }
        return body;
    }

    static char[] password(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, CommonReason.REQUIRED);
        }
        return value.toCharArray();
    }

    /** The constant a body names; its absence is refused naming the allowed values. */
    static <E extends Enum<E>> E required(E value, Class<E> type, String field) {
        if (value == null) {
            throw new InvalidInputException(field, CommonReason.REQUIRED_ONE_OF, allowed(type));
        }
        return value;
    }

    /** The name of the constant a body names, or null, for the services that take names. */
    static String name(Enum<?> value) {
        return value == null ? null : value.name();
    }

    private static String allowed(Class<? extends Enum<?>> type) {
        return Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
    }

    /** A yes-or-no query parameter, read strictly: {@code true}, {@code false}, or left out (false). */
    static boolean flag(String value, String field) {
        if (value == null || value.equals("false")) {
            return false;
        }
        if (value.equals("true")) {
            return true;
        }
        throw new InvalidInputException(field, CommonReason.NOT_A_BOOLEAN);
    }

    /** The constant a path or query parameter names, case and spaces aside. */
    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        String allowed = allowed(type);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, CommonReason.REQUIRED_ONE_OF, allowed);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, CommonReason.ONE_OF, allowed);
        }
    }
}
