package ru.gramota.registry;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A card as the audit trail records it before and after each change. The trail hashes these maps,
 * so their keys, their order and the form of each value stay as they are: a requisite moved into a
 * value object keeps its key here. Plain requisites added later follow the others, in the
 * catalogue's order ({@link PlainRequisite}).
 */
final class CardAuditState {

    private CardAuditState() {}

    static Map<String, Object> of(Document d) {
        Correspondence from = d.correspondence();
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("organisation", d.organisation().code());
        state.put("journal", d.journal() == null ? null : d.journal().code());
        state.put("number", d.registrationNumber());
        state.put("status", d.status().name());
        state.put("kind", d.kind() == null ? null : d.kind().name());
        state.put("title", d.title());
        state.put("documentType", d.documentType());
        state.put(
                "documentDate",
                d.documentDate() == null ? null : d.documentDate().toString());
        state.put("restricted", d.restricted());
        state.put("department", d.department() == null ? null : d.department().code());
        state.put(
                "correspondent",
                from.correspondent() == null ? null : from.correspondent().id());
        state.put("correspondentNumber", from.senderNumber());
        state.put(
                "correspondentDate",
                from.senderDate() == null ? null : from.senderDate().toString());
        state.put("signatoryName", from.signatoryName());
        state.put(
                "addresseeCorrespondents",
                d.addresseeCorrespondents().stream()
                        .map(Correspondent::id)
                        .sorted()
                        .toList());
        for (ParticipantRole role : ParticipantRole.values()) {
            if (role == ParticipantRole.ASSIGNED) {
                continue; // control of execution's, audited with the assignments
            }
            state.put(
                    role.name().toLowerCase(Locale.ROOT),
                    d.participantIds(role).stream().sorted().toList());
        }
        put(state, PlainRequisite.PAGES, d);
        state.put("textLength", d.text() == null ? 0 : d.text().length());
        state.put("onControl", d.control().onControl());
        state.put(
                "controlDeadline",
                d.control().deadline() == null ? null : d.control().deadline().toString());
        state.put("case", d.filing().caseIndex());
        put(state, PlainRequisite.DELIVERY_CHANNEL, d);
        state.put(
                "duplicateOf", d.duplicateOf() == null ? null : d.duplicateOf().id());
        state.put("cancellationReason", d.cancellationReason());
        for (PlainRequisite requisite : PlainRequisite.values()) {
            if (!state.containsKey(requisite.field())) {
                put(state, requisite, d);
            }
        }
        return state;
    }

    /** A plain requisite's value: numbers as they are, dates and texts as text. */
    private static void put(Map<String, Object> state, PlainRequisite requisite, Document d) {
        Object value = requisite.of(d);
        state.put(requisite.field(), value == null || value instanceof Integer ? value : value.toString());
    }
}
