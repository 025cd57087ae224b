package ru.gramota.web.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.Reason;
import ru.gramota.registry.service.CardInput;

/** The bodies the API accepts, and the checks every resource makes of them the same way. */
public final class Requests {

    private Requests() {}

    public record NewOrganisation(
            @Schema(example = "MO-NOVOSIB", description = "Stable code, used in numbers and queue names")
            String code,

            @Schema(example = "Администрация Новосибирского района Новосибирской области")
            String name,

            @Schema(example = "Администрация Новосибирского района")
            String shortName,

            @Schema(example = "MUNICIPAL_DISTRICT") String kind,
            @Schema(example = "REGION") String parentCode) {}

    public record OrganisationChange(
            @Schema(example = "Администрация Новосибирского района Новосибирской области")
            String name,

            @Schema(example = "Администрация района") String shortName,

            @Schema(example = "2", description = "The version you read")
            Long version) {}

    public record NewDepartment(
            @Schema(example = "ORG") String code,
            @Schema(example = "Организационный отдел") String name,

            @Schema(example = "UD", description = "The department it is part of, if any")
            String parentCode) {}

    public record DepartmentChange(
            @Schema(example = "Организационно-контрольный отдел")
            String name,

            @Schema(example = "1", description = "The version you read")
            Long version) {}

    public record NewPosition(
            @Schema(example = "Главный специалист") String title,
            @Schema(example = "ORG") String departmentCode) {}

    public record NewEmployee(
            @Schema(example = "ivanova") String username,
            @Schema(example = "Иванова Мария Петровна") String fullName,
            @Schema(example = "Snezhnaya-Zima-2026") String password,

            @Schema(example = "MO-NOVOSIB", description = "Home organisation")
            String organisationCode) {}

    public record EmployeeChange(
            @Schema(example = "Петрова Мария Петровна") String fullName) {}

    public record PasswordReset(
            @Schema(example = "Vesennyaya-Kapel-2027") String password) {}

    public record PasswordChange(
            @Schema(example = "Snezhnaya-Zima-2026") String currentPassword,
            @Schema(example = "Vesennyaya-Kapel-2027") String newPassword) {}

    public record RoleGrant(
            @Schema(example = "REGISTRY_CLERK") String role,
            @Schema(example = "MO-NOVOSIB") String organisationCode) {}

    public record Appointment(@Schema(example = "151") Long positionId) {}

    public record Credentials(
            @Schema(example = "ivanova") String username,
            @Schema(example = "Snezhnaya-Zima-2026") String password) {}

    public record NewJournal(
            @Schema(example = "IN") String code,
            @Schema(example = "Входящие документы") String name,
            @Schema(example = "INCOMING") String documentKind,

            @Schema(example = "{seq}-вх", description = "{seq} required; {caseIndex}, {dept}, {year}, {yy}")
            String numberPattern) {}

    /** The requisites a registration and a correction both carry, as the API receives them. */
    interface CardFields {
        String title();

        String documentType();

        String text();

        Integer pages();

        String departmentCode();

        Long correspondentId();

        String correspondentNumber();

        String correspondentDate();

        String signatoryName();

        String signatory();

        List<String> addressees();

        List<Long> addresseeCorrespondentIds();

        String executor();

        Boolean onControl();

        String controlDeadline();

        String caseIndex();

        String deliveryChannel();

        Boolean restricted();

        /** The requisites, with dates parsed and absent marks as false. */
        default CardInput card() {
            return new CardInput(
                    title(),
                    documentType(),
                    text(),
                    pages(),
                    departmentCode(),
                    correspondentId(),
                    correspondentNumber(),
                    date(correspondentDate(), "correspondentDate"),
                    signatoryName(),
                    signatory(),
                    addressees(),
                    addresseeCorrespondentIds(),
                    executor(),
                    Boolean.TRUE.equals(onControl()),
                    date(controlDeadline(), "controlDeadline"),
                    caseIndex(),
                    deliveryChannel(),
                    Boolean.TRUE.equals(restricted()));
        }
    }

    /** A card to register: the journal, the document's date (today if absent) and its requisites. */
    @Schema(name = "Registration")
    public record Registration(
            @Schema(example = "MO-NOVOSIB") String organisationCode,
            @Schema(example = "IN") String journalCode,

            @Schema(example = "2026-11-20", description = "The document's date (10); today if absent")
            String documentDate,

            @Schema(example = "О ремонте автомобильной дороги Новосибирск – Колывань", description = "Summary (17)")
            String title,

            @Schema(example = "письмо", description = "Type (09); постановление, распоряжение or приказ for acts")
            String documentType,

            @Schema(description = "Text (18), for documents written here")
            String text,

            @Schema(example = "3", description = "Sheets of the paper original (19)")
            Integer pages,

            @Schema(example = "ORG", description = "Author department (06)")
            String departmentCode,

            @Schema(example = "1051", description = "Sender or author, from the correspondents directory")
            Long correspondentId,

            @Schema(example = "01-12/345", description = "The sender's number (12)")
            String correspondentNumber,

            @Schema(example = "2026-11-18", description = "The sender's date (12)")
            String correspondentDate,

            @Schema(example = "Заместитель министра А. В. Петров", description = "Signed on the sender's side (22)")
            String signatoryName,

            @Schema(example = "glava", description = "Who signs a document written here (22)")
            String signatory,

            @Schema(example = "[\"ivanova\"]", description = "Addressees inside the organisation (15)")
            List<String> addressees,

            @Schema(example = "[1051]", description = "Addressees outside it (15), for outgoing documents")
            List<Long> addresseeCorrespondentIds,

            @Schema(example = "sidorov", description = "Executor (25)")
            String executor,

            @Schema(example = "false", description = "Control mark (29)")
            Boolean onControl,

            @Schema(example = "2026-12-20") String controlDeadline,

            @Schema(example = "01-12", description = "The case from the nomenclature (30)")
            String caseIndex,

            @Schema(example = "почта") String deliveryChannel,

            @Schema(example = "false", description = "ДСП mark (14)")
            Boolean restricted,

            @Schema(
                    example = "4211",
                    description = "After a probable-duplicate answer: the id of the card this one duplicates,"
                            + " to register it all the same")
            Long confirmedDuplicateOf)
            implements CardFields {}

    /** A correction of a registered card: every requisite as it should now be, and the version read. */
    @Schema(name = "CardCorrection")
    public record CardCorrection(
            @Schema(example = "3", description = "The version of the card you read")
            Long version,

            @Schema(example = "О ремонте автомобильной дороги Новосибирск – Колывань")
            String title,

            @Schema(example = "письмо") String documentType,
            String text,
            @Schema(example = "3") Integer pages,
            @Schema(example = "ORG") String departmentCode,
            @Schema(example = "1051") Long correspondentId,
            @Schema(example = "01-12/345") String correspondentNumber,
            @Schema(example = "2026-11-18") String correspondentDate,
            String signatoryName,
            String signatory,
            List<String> addressees,
            List<Long> addresseeCorrespondentIds,
            @Schema(example = "sidorov") String executor,
            Boolean onControl,
            String controlDeadline,
            @Schema(example = "01-12") String caseIndex,
            @Schema(example = "почта") String deliveryChannel,
            Boolean restricted)
            implements CardFields {}

    public record NewCorrespondent(
            @Schema(example = "ORGANISATION", description = "ORGANISATION or CITIZEN")
            String kind,

            @Schema(example = "Министерство транспорта Новосибирской области")
            String name,

            @Schema(example = "5406123456") String inn,

            @Schema(example = "630007, г. Новосибирск, Красный проспект, 18")
            String address,

            @Schema(example = "mintrans@nso.ru") String email,

            @Schema(
                    description = "For a citizen: the organisation whose registry keeps the data",
                    example = "MO-NOVOSIB")
            String organisationCode) {}

    public record NewCase(
            @Schema(example = "01-12") String index,

            @Schema(example = "Переписка с министерствами области по вопросам дорожного хозяйства")
            String title,

            @Schema(example = "YEARS") String retentionKind,
            @Schema(example = "5") Integer retentionYears,
            @Schema(example = "ст. 31 б") String retentionArticle,

            @Schema(example = "true", description = "ЭПК: expert review before destruction")
            Boolean expertReview) {}

    public record NewLink(
            @Schema(example = "4211", description = "The document to link to")
            Long documentId,

            @Schema(example = "IN_REPLY_TO", description = "IN_REPLY_TO, IN_EXECUTION_OF or RELATED_TO")
            String type) {}

    public record Cancellation(
            @Schema(example = "Зарегистрировано ошибочно (дубль № 12)")
            String reason) {}

    /** A run of the data generator: how many registrations, into which journal. */
    @Schema(name = "GeneratorRun")
    public record GeneratorRun(
            @Schema(example = "GOV", description = "The organisation whose journal receives the registrations")
            String organisationCode,

            @Schema(example = "IN", description = "The journal's code")
            String journalCode,

            @Schema(example = "100000", description = "How many registrations, 1 to 10,000,000; 100,000 if absent")
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

    static <E extends Enum<E>> E oneOf(Class<E> type, String value, String field) {
        String allowed = Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
        if (value == null || value.isBlank()) {
            throw new InvalidInputException(field, Reason.REQUIRED_ONE_OF, allowed);
        }
        try {
            return Enum.valueOf(type, value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException(field, Reason.ONE_OF, allowed);
        }
    }

    static LocalDate date(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Reason.NOT_A_DATE);
        }
    }

    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, Reason.NOT_AN_INSTANT);
        }
    }
}
