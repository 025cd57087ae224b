package ru.gramota.registry.service;

import jakarta.json.bind.annotation.JsonbTypeSerializer;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import ru.gramota.registry.RequisiteValues;

/**
 * A registration card [РКК] as the API shows it: every requisite, the people by name, the
 * correspondents, the case, the links from both ends, the files, and the registration itself.
 * {@code version} goes back with a correction, so that two clerks never overwrite each other. The
 * plain requisites ({@code values}) are fields of the card in its JSON, each under its own name
 * ({@link RegistrationCardJson}).
 */
@JsonbTypeSerializer(RegistrationCardJson.class)
public record RegistrationCard(
        long id,
        String organisationCode,
        String journalCode,
        String kind,
        String number,
        Integer year,
        Integer sequence,
        String status,
        String title,
        String documentType,
        LocalDate documentDate,
        boolean restricted,
        String departmentCode,
        CorrespondentView correspondent,
        String correspondentNumber,
        LocalDate correspondentDate,
        String signatoryName,
        Person signatory,
        List<Person> addressees,
        List<CorrespondentView> addresseeCorrespondents,
        Person executor,
        String text,
        RequisiteValues values,
        boolean onControl,
        LocalDate controlDeadline,
        boolean controlByAssignments,
        String caseIndex,
        String caseTitle,
        DocumentReference duplicateOf,
        List<LinkView> links,
        List<FileView> files,
        Instant registeredAt,
        String registeredBy,
        Instant editedAt,
        String editedBy,
        Instant cancelledAt,
        String cancellationReason,
        long version) {

    /** An employee named on a card, or one a form offers to name. */
    public record Person(String username, String fullName) implements Serializable {}

    /** Another document, as a card refers to it. */
    public record DocumentReference(long id, String number, String title, Instant registeredAt)
            implements Serializable {}

    /**
     * A link as this card shows it: {@code direction} OUTGOING when this card links to the other
     * ("в ответ на № 12"), INCOMING when the other links to this one ("ответ № 34").
     */
    public record LinkView(String type, String direction, String label, DocumentReference document) {}

    /** An attached file (requisite 19). */
    public record FileView(
            long id,
            String fileName,
            String mediaType,
            long size,
            Integer pages,
            String sha256,
            String textStatus,
            Instant uploadedAt,
            String uploadedBy) {}
}
