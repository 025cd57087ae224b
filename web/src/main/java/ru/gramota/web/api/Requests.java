package ru.gramota.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.gramota.access.PasswordPolicy;
import ru.gramota.access.Role;
import ru.gramota.access.UserAccount;
import ru.gramota.org.Department;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.org.StaffPosition;
import ru.gramota.platform.Codes;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.RegistrationJournal;

/**
 * The bodies the API accepts for administration, and the checks every resource makes of them the
 * same way; the registry's bodies are in {@link CardRequests}. {@link StrictJsonBodies} reads them;
 * the {@code @Schema} of each field states in the OpenAPI document what the services require of it,
 * with their own limits (required fields, lengths, the code rule of {@link Codes}).
 */
public final class Requests {

    private Requests() {}

    public record NewOrganisation(
            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "MO-NOVOSIB",
                    description = "Stable code, used in numbers and queue names")
            String code,

            @Schema(
                    required = true,
                    maxLength = Organisation.NAME_LENGTH,
                    example = "Администрация Новосибирского района Новосибирской области")
            String name,

            @Schema(maxLength = Organisation.SHORT_NAME_LENGTH, example = "Администрация Новосибирского района")
            String shortName,

            @Schema(required = true, example = "MUNICIPAL_DISTRICT")
            OrganisationKind kind,

            @Schema(
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "REGION",
                    description = "The organisation it is part of; none for a top one")
            String parentCode) {}

    public record OrganisationChange(
            @Schema(
                    required = true,
                    maxLength = Organisation.NAME_LENGTH,
                    example = "Администрация Новосибирского района Новосибирской области")
            String name,

            @Schema(maxLength = Organisation.SHORT_NAME_LENGTH, example = "Администрация района")
            String shortName,

            @Schema(required = true, example = "2", description = "The version you read")
            Long version) {}

    public record NewDepartment(
            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "ORG")
            String code,

            @Schema(required = true, maxLength = Department.NAME_LENGTH, example = "Организационный отдел")
            String name,

            @Schema(
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "UD",
                    description = "The department it is part of, if any")
            String parentCode) {}

    public record DepartmentChange(
            @Schema(required = true, maxLength = Department.NAME_LENGTH, example = "Организационно-контрольный отдел")
            String name,

            @Schema(required = true, example = "1", description = "The version you read")
            Long version) {}

    public record NewPosition(
            @Schema(required = true, maxLength = StaffPosition.TITLE_LENGTH, example = "Главный специалист")
            String title,

            @Schema(maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "ORG")
            String departmentCode) {}

    public record NewEmployee(
            @Schema(
                    required = true,
                    pattern = UserAccount.USERNAME_PATTERN,
                    maxLength = UserAccount.USERNAME_LENGTH,
                    example = "ivanova")
            String username,

            @Schema(required = true, maxLength = UserAccount.FULL_NAME_LENGTH, example = "Иванова Мария Петровна")
            String fullName,

            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Snezhnaya-Zima-2026")
            String password,

            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "MO-NOVOSIB",
                    description = "Home organisation")
            String organisationCode) {}

    public record EmployeeChange(
            @Schema(required = true, maxLength = UserAccount.FULL_NAME_LENGTH, example = "Петрова Мария Петровна")
            String fullName) {}

    public record PasswordReset(
            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Vesennyaya-Kapel-2027")
            String password) {}

    public record PasswordChange(
            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Snezhnaya-Zima-2026")
            String currentPassword,

            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Vesennyaya-Kapel-2027")
            String newPassword) {}

    public record RoleGrant(
            @Schema(required = true, example = "REGISTRY_CLERK")
            Role role,

            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "MO-NOVOSIB")
            String organisationCode) {}

    public record Appointment(
            @Schema(required = true, example = "151") Long positionId) {}

    public record Credentials(
            @Schema(required = true, maxLength = UserAccount.USERNAME_LENGTH, example = "ivanova")
            String username,

            @Schema(required = true, maxLength = PasswordPolicy.MAX_LENGTH, example = "Snezhnaya-Zima-2026")
            String password) {}

    public record NewJournal(
            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "IN")
            String code,

            @Schema(required = true, maxLength = RegistrationJournal.NAME_LENGTH, example = "Входящие документы")
            String name,

            @Schema(required = true, example = "INCOMING") DocumentKind documentKind,

            @Schema(
                    required = true,
                    maxLength = NumberPattern.LENGTH,
                    example = "{seq}-вх",
                    description = "{seq} required; {caseIndex}, {dept}, {year}, {yy}")
            String numberPattern) {}

    /** A run of the data generator: how many registrations, into which journal. */
    @Schema(name = "GeneratorRun")
    public record GeneratorRun(
            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "GOV",
                    description = "The organisation whose journal receives the registrations")
            String organisationCode,

            @Schema(
                    required = true,
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "IN",
                    description = "The journal's code")
            String journalCode,

            @Schema(
                    minimum = "1",
                    maximum = "10000000",
                    example = "100000",
                    description = "How many registrations, 1 to 10,000,000; 100,000 if absent")
            Integer count,

            @Schema(
                    example = "20261121",
                    description = "Runs with the same seed write the same cards; a fixed default if absent")
            Long seed) {}

    /** 201 Created with the new resource's address (this path plus its key) and its representation. */
    static Response created(UriInfo uri, String key, Object entity) {
        return Response.created(uri.getAbsolutePathBuilder().path(key).build())
                .entity(entity)
                .build();
    }

    public static <T> T body(T body) {
        if (body == null) {
            throw new InvalidInputException("body", Reason.BODY_REQUIRED);
        }
        return body;
    }

    static char[] password(String value, String field) {
        if (value == null || value.isEmpty()) {
            throw new InvalidInputException(field, Reason.REQUIRED);
        }
        return value.toCharArray();
    }

    /** The constant a body names; its absence is refused naming the allowed values. */
    static <E extends Enum<E>> E required(E value, Class<E> type, String field) {
        if (value == null) {
            throw new InvalidInputException(field, Reason.REQUIRED_ONE_OF, allowed(type));
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

    /** The constant a path or query parameter names, case and spaces aside. */
    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        String allowed = allowed(type);
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Reason.REQUIRED_ONE_OF, allowed);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Reason.ONE_OF, allowed);
        }
    }
}
