package ru.gramota.web.api;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import ru.gramota.access.UserAccount;
import ru.gramota.platform.Codes;
import ru.gramota.registry.Document;
import ru.gramota.registry.LinkType;
import ru.gramota.registry.NomenclatureCase;
import ru.gramota.registry.PlainRequisite;
import ru.gramota.registry.RequisiteValues;
import ru.gramota.registry.Requisites;
import ru.gramota.registry.service.CardInput;

/**
 * The bodies of the registration resource ({@link RegistrationsResource}): cards to register and
 * corrections, which share the card's fields ({@code CardFields}), links and cancellations. Read by {@link StrictJsonBodies}; the {@code @Schema} of each field states the
 * services' own limits in the OpenAPI document. The plain requisites ({@link PlainRequisite}) are
 * fields of the body like the others: {@link StrictJsonBodies} reads them into {@code values} and
 * {@link RequestSchemas} states them in the document, both from the catalogue.
 */
final class CardRequests {

    private CardRequests() {}

    /** The requisites a registration and a correction both carry, as the API receives them. */
    interface CardFields {
        String title();

        String documentType();

        String text();

        /** The plain requisites, each a field of the body under its own name. */
        RequisiteValues values();

        String departmentCode();

        Long correspondentId();

        String correspondentNumber();

        LocalDate correspondentDate();

        String signatoryName();

        String signatory();

        List<String> addressees();

        List<Long> addresseeCorrespondentIds();

        String executor();

        Boolean onControl();

        LocalDate controlDeadline();

        String caseIndex();

        Boolean restricted();

        /** The requisites, with absent marks as false. */
        default CardInput card() {
            return new CardInput(
                    title(),
                    documentType(),
                    text(),
                    values(),
                    departmentCode(),
                    correspondentId(),
                    correspondentNumber(),
                    correspondentDate(),
                    signatoryName(),
                    signatory(),
                    addressees(),
                    addresseeCorrespondentIds(),
                    executor(),
                    Boolean.TRUE.equals(onControl()),
                    controlDeadline(),
                    caseIndex(),
                    Boolean.TRUE.equals(restricted()));
        }
    }

    /** A card to register: the journal, the document's date (today if absent) and its requisites. */
    @Schema(name = "Registration")
    public record Registration(
            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "MO-NOVOSIB")
            String organisationCode,

            @Schema(required = true, maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "IN")
            String journalCode,

            @Schema(
                    example = "2026-11-20",
                    pattern = IsoDates.DATE_PATTERN,
                    description = "The document's date (10); today if absent")
            LocalDate documentDate,

            @Schema(
                    required = true,
                    maxLength = Requisites.TITLE_LENGTH,
                    example = "О ремонте автомобильной дороги Новосибирск – Колывань",
                    description = "Summary (17)")
            String title,

            @Schema(
                    maxLength = Requisites.TYPE_LENGTH,
                    example = "письмо",
                    description = "Type (09); постановление, распоряжение or приказ for acts")
            String documentType,

            @Schema(maxLength = Requisites.TEXT_LENGTH, description = "Text (18), for documents written here")
            String text,

            RequisiteValues values,

            @Schema(
                    maxLength = Codes.MAX_LENGTH,
                    pattern = Codes.PATTERN,
                    example = "ORG",
                    description = "Author department (06)")
            String departmentCode,

            @Schema(example = "1051", description = "Sender or author, from the correspondents directory")
            Long correspondentId,

            @Schema(
                    maxLength = Requisites.REFERENCE_LENGTH,
                    example = "01-12/345",
                    description = "The sender's number (12)")
            String correspondentNumber,

            @Schema(example = "2026-11-18", pattern = IsoDates.DATE_PATTERN, description = "The sender's date (12)")
            LocalDate correspondentDate,

            @Schema(
                    maxLength = Requisites.SIGNATORY_NAME_LENGTH,
                    example = "Заместитель министра А. В. Петров",
                    description = "Signed on the sender's side (22)")
            String signatoryName,

            @Schema(
                    maxLength = UserAccount.USERNAME_LENGTH,
                    example = "glava",
                    description = "Who signs a document written here (22), by user name")
            String signatory,

            @Schema(example = "[\"ivanova\"]", description = "Addressees inside the organisation (15)")
            List<String> addressees,

            @Schema(example = "[1051]", description = "Addressees outside it (15), for outgoing documents")
            List<Long> addresseeCorrespondentIds,

            @Schema(maxLength = UserAccount.USERNAME_LENGTH, example = "sidorov", description = "Executor (25)")
            String executor,

            @Schema(example = "false", description = "Control mark (29)")
            Boolean onControl,

            @Schema(example = "2026-12-20", pattern = IsoDates.DATE_PATTERN, description = "Only with onControl")
            LocalDate controlDeadline,

            @Schema(
                    maxLength = NomenclatureCase.INDEX_LENGTH,
                    example = "01-12",
                    description = "The case from the nomenclature (30)")
            String caseIndex,

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
            @Schema(required = true, example = "3", description = "The version of the card you read")
            Long version,

            @Schema(
                    required = true,
                    maxLength = Requisites.TITLE_LENGTH,
                    example = "О ремонте автомобильной дороги Новосибирск – Колывань")
            String title,

            @Schema(maxLength = Requisites.TYPE_LENGTH, example = "письмо")
            String documentType,

            @Schema(maxLength = Requisites.TEXT_LENGTH) String text,

            RequisiteValues values,

            @Schema(maxLength = Codes.MAX_LENGTH, pattern = Codes.PATTERN, example = "ORG")
            String departmentCode,

            @Schema(example = "1051") Long correspondentId,

            @Schema(maxLength = Requisites.REFERENCE_LENGTH, example = "01-12/345")
            String correspondentNumber,

            @Schema(example = "2026-11-18", pattern = IsoDates.DATE_PATTERN)
            LocalDate correspondentDate,

            @Schema(maxLength = Requisites.SIGNATORY_NAME_LENGTH)
            String signatoryName,

            @Schema(maxLength = UserAccount.USERNAME_LENGTH) String signatory,
            List<String> addressees,
            List<Long> addresseeCorrespondentIds,

            @Schema(maxLength = UserAccount.USERNAME_LENGTH, example = "sidorov")
            String executor,

            Boolean onControl,
            @Schema(pattern = IsoDates.DATE_PATTERN) LocalDate controlDeadline,

            @Schema(maxLength = NomenclatureCase.INDEX_LENGTH, example = "01-12")
            String caseIndex,

            Boolean restricted)
            implements CardFields {}

    public record NewLink(
            @Schema(required = true, example = "4211", description = "The document to link to")
            Long documentId,

            @Schema(required = true, example = "IN_REPLY_TO")
            LinkType type) {}

    public record Cancellation(
            @Schema(
                    required = true,
                    maxLength = Document.CANCELLATION_REASON_LENGTH,
                    example = "Зарегистрировано ошибочно (дубль № 12)")
            String reason) {}
}
