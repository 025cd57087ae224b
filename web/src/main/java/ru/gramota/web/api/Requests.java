package ru.gramota.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import ru.gramota.platform.InvalidInputException;

/** The bodies the API accepts, and the checks every resource makes of them the same way. */
public final class Requests {

    private Requests() {}

    public record NewOrganisation(String code, String name, String shortName, String kind, String parentCode) {}

    public record OrganisationChange(String name, String shortName, Long version) {}

    public record NewDepartment(String code, String name, String parentCode) {}

    public record DepartmentChange(String name, Long version) {}

    public record NewPosition(String title, String departmentCode) {}

    public record NewEmployee(String username, String fullName, String password, String organisationCode) {}

    public record EmployeeChange(String fullName) {}

    public record PasswordReset(String password) {}

    public record PasswordChange(String currentPassword, String newPassword) {}

    public record RoleGrant(String role, String organisationCode) {}

    public record Appointment(Long positionId) {}

    public record Credentials(String username, String password) {}

    public record NewJournal(String code, String name, String documentKind, String numberPattern) {}

    public record Registration(
            String organisationCode,
            String journalCode,
            String title,
            String documentDate,
            Boolean restricted,
            String caseIndex,
            String departmentCode) {}

    public record Cancellation(String reason) {}

    /** 201 Created with the new resource's address (this path plus its key) and its representation. */
    static Response created(UriInfo uri, String key, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(key).build())
                .entity(entity)
                .build();
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", "is required: send a JSON object");
        }
        return body;
    }

    static char[] password(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, "is required");
        }
        return value.toCharArray();
    }

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, "is required; one of " + allowed);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, "must be one of " + allowed);
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be a date such as 2026-11-20");
        }
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, "must be an ISO-8601 instant such as 2026-11-01T00:00:00Z");
        }
    }
}
