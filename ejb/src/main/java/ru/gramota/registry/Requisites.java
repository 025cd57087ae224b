package ru.gramota.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import ru.gramota.org.Department;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.FieldError;

/**
 * The requisites of a registration card that a clerk fills in and may later correct, with the
 * directory entries, people and case already looked up. The numbers are those of ГОСТ Р
 * 7.0.97-2016. Which of them a card needs depends on the kind of document: {@link #violations}.
 *
 * @param title the summary [заголовок] (17)
 * @param documentType the type (09): письмо, постановление, заявление…
 * @param text the text (18), for documents written here
 * @param values the {@linkplain PlainRequisite plain requisites}: sheets (19), delivery channel…
 * @param department the author department (06)
 * @param correspondent the sender of an incoming document or the author of an appeal
 * @param correspondentNumber the sender's own number (12)
 * @param correspondentDate the sender's own date (12)
 * @param signatoryName who signed an incoming document on the sender's side (22)
 * @param signatoryUserId who signs a document written here (22)
 * @param addresseeUserIds addressees inside the organisation (15)
 * @param addresseeCorrespondents addressees outside it (15), for outgoing documents
 * @param executorUserId the executor (25)
 * @param onControl the control mark (29)
 * @param controlDeadline the deadline of control, if given
 * @param nomenclatureCase the case the document is filed to (30)
 * @param restricted the ДСП mark (14)
 */
public record Requisites(
        String title,
        String documentType,
        String text,
        RequisiteValues values,
        Department department,
        Correspondent correspondent,
        String correspondentNumber,
        LocalDate correspondentDate,
        String signatoryName,
        Long signatoryUserId,
        List<Long> addresseeUserIds,
        List<Correspondent> addresseeCorrespondents,
        Long executorUserId,
        boolean onControl,
        LocalDate controlDeadline,
        NomenclatureCase nomenclatureCase,
        boolean restricted) {

    public static final int TITLE_LENGTH = 2000;
    public static final int TEXT_LENGTH = 100_000;
    public static final int TYPE_LENGTH = 100;
    public static final int REFERENCE_LENGTH = 100;
    public static final int SIGNATORY_NAME_LENGTH = 300;
    public static final int MAX_PAGES = 100_000;

    /** The types of organisational and normative acts [распорядительные документы]. */
    public static final Set<String> ACT_TYPES = Set.of("постановление", "распоряжение", "приказ");

    /** How documents arrive. */
    public static final Set<String> DELIVERY_CHANNELS = Set.of(
            "почта", "курьер", "нарочно", "электронная почта", "МЭДО", "СМЭВ", "личный приём", "интернет-приёмная");

    public Requisites {
        values = values == null ? RequisiteValues.NONE : values;
        addresseeUserIds = addresseeUserIds == null ? List.of() : List.copyOf(addresseeUserIds);
        addresseeCorrespondents = addresseeCorrespondents == null ? List.of() : List.copyOf(addresseeCorrespondents);
    }

    /** Where the document comes from: correspondent, sender's number and date, signed by, channel. */
    public Correspondence correspondence() {
        return new Correspondence(correspondent, correspondentNumber, correspondentDate, signatoryName, values);
    }

    /** The case the document is filed to and its sheets. */
    public Filing filing() {
        return new Filing(nomenclatureCase, values);
    }

    /** The control mark. */
    public ControlMark control() {
        return new ControlMark(onControl, controlDeadline);
    }

    /**
     * What is missing or wrong for a card of this kind, one error per field, in words a clerk can act
     * on; empty when the card may be saved.
     */
    public List<FieldError> violations(DocumentKind kind, LocalDate documentDate, LocalDate today) {
        List<FieldError> errors = new ArrayList<>();
        text(errors, "title", title, TITLE_LENGTH, true);
        text(errors, "documentType", documentType, TYPE_LENGTH, kind == DocumentKind.ACT);
        text(errors, "text", text, TEXT_LENGTH, false);
        text(errors, "correspondentNumber", correspondentNumber, REFERENCE_LENGTH, false);
        text(errors, "signatoryName", signatoryName, SIGNATORY_NAME_LENGTH, false);
        // The sheets and the channel keep the places they had among the errors; later ones come last.
        errors.addAll(values.violations(Set.of(PlainRequisite.PAGES)));
        if (correspondentDate != null && correspondentDate.isAfter(today)) {
            errors.add(new FieldError("correspondentDate", RegistryReason.CORRESPONDENT_DATE_IN_FUTURE));
        }
        errors.addAll(control().violations(documentDate));
        errors.addAll(values.violations(Set.of(PlainRequisite.DELIVERY_CHANNEL)));
        switch (kind) {
            case INCOMING -> {
                if (correspondent == null) {
                    errors.add(new FieldError("correspondentId", RegistryReason.SENDER_REQUIRED));
                } else if (correspondent.kind() != CorrespondentKind.ORGANISATION) {
                    errors.add(new FieldError("correspondentId", RegistryReason.SENDER_IS_CITIZEN));
                }
            }
            case CITIZEN_APPEAL -> {
                if (correspondent == null) {
                    errors.add(new FieldError("correspondentId", RegistryReason.APPEAL_AUTHOR_REQUIRED));
                } else if (correspondent.kind() != CorrespondentKind.CITIZEN) {
                    errors.add(new FieldError("correspondentId", RegistryReason.APPEAL_AUTHOR_IS_ORGANISATION));
                }
            }
            case OUTGOING -> {
                if (addresseeCorrespondents.isEmpty()) {
                    errors.add(new FieldError("addresseeCorrespondentIds", RegistryReason.ADDRESSEE_REQUIRED));
                }
                if (signatoryUserId == null) {
                    errors.add(new FieldError("signatory", RegistryReason.LETTER_SIGNATORY_REQUIRED));
                }
            }
            case INTERNAL -> {
                if (addresseeUserIds.isEmpty()) {
                    errors.add(new FieldError("addressees", RegistryReason.ADDRESSEE_REQUIRED));
                }
                if (signatoryUserId == null) {
                    errors.add(new FieldError("signatory", RegistryReason.DOCUMENT_SIGNATORY_REQUIRED));
                }
            }
            case ACT -> {
                if (documentType != null
                        && !ACT_TYPES.contains(documentType.strip().toLowerCase(Locale.ROOT))) {
                    errors.add(new FieldError("documentType", RegistryReason.ACT_TYPE));
                }
                if (signatoryUserId == null) {
                    errors.add(new FieldError("signatory", RegistryReason.ACT_SIGNATORY_REQUIRED));
                }
            }
        }
        errors.addAll(values.violations(
                EnumSet.complementOf(EnumSet.of(PlainRequisite.PAGES, PlainRequisite.DELIVERY_CHANNEL))));
        return errors;
    }

    private static void text(List<FieldError> errors, String field, String value, int max, boolean required) {
        if (value == null || value.isBlank()) {
            if (required) {
                errors.add(new FieldError(field, CommonReason.REQUIRED));
            }
        } else if (value.strip().length() > max) {
            errors.add(new FieldError(
                    field, CommonReason.TOO_LONG_NOW, max, value.strip().length()));
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
