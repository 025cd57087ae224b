package ru.gramota.registry.service;

import java.time.LocalDate;
import java.util.List;
import ru.gramota.registry.RequisiteValues;

/**
 * The requisites of a card as a clerk enters them, with people by user name, correspondents by id
 * and the case by its index in the nomenclature of the registration year, the plain requisites as
 * {@link RequisiteValues}. See {@link
 * ru.gramota.registry.Requisites} for what each one is.
 */
public record CardInput(
        String title,
        String documentType,
        String text,
        RequisiteValues values,
        String departmentCode,
        Long correspondentId,
        String correspondentNumber,
        LocalDate correspondentDate,
        String signatoryName,
        String signatory,
        List<String> addressees,
        List<Long> addresseeCorrespondentIds,
        String executor,
        boolean onControl,
        LocalDate controlDeadline,
        String caseIndex,
        boolean restricted) {

    public CardInput {
        values = values == null ? RequisiteValues.NONE : values;
        addressees = addressees == null ? List.of() : List.copyOf(addressees);
        addresseeCorrespondentIds =
                addresseeCorrespondentIds == null ? List.of() : List.copyOf(addresseeCorrespondentIds);
    }
}
