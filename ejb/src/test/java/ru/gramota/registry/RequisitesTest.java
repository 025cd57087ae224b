package ru.gramota.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.FieldError;

class RequisitesTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 21);
    private static final Correspondent MINISTRY = new Correspondent(
            CorrespondentKind.ORGANISATION, "Министерство транспорта Новосибирской области", null, null, null, null);
    private static final Correspondent CITIZEN =
            new Correspondent(CorrespondentKind.CITIZEN, "Иванов Пётр Сергеевич", null, null, null, null);

    @Test
    void anIncomingLetterNeedsItsSenderAndNothingElse() {
        assertEquals(List.of("correspondentId"), fields(card().build(), DocumentKind.INCOMING));
        assertEquals(List.of(), fields(card().correspondent(MINISTRY).build(), DocumentKind.INCOMING));
    }

    @Test
    void anAppealComesFromACitizenNotFromAnOrganisation() {
        assertEquals(
                List.of("correspondentId"),
                fields(card().correspondent(MINISTRY).build(), DocumentKind.CITIZEN_APPEAL));
        assertEquals(List.of(), fields(card().correspondent(CITIZEN).build(), DocumentKind.CITIZEN_APPEAL));
        assertEquals(
                List.of("correspondentId"), fields(card().correspondent(CITIZEN).build(), DocumentKind.INCOMING));
    }

    @Test
    void anOutgoingLetterNeedsAnAddresseeOutsideAndASignatory() {
        assertEquals(List.of("addresseeCorrespondentIds", "signatory"), fields(card().build(), DocumentKind.OUTGOING));
        assertEquals(List.of(), fields(card().addressee(MINISTRY).signatory(7L).build(), DocumentKind.OUTGOING));
    }

    @Test
    void anInternalDocumentNeedsAnAddresseeInsideAndASignatory() {
        assertEquals(List.of("addressees", "signatory"), fields(card().build(), DocumentKind.INTERNAL));
    }

    @Test
    void anActIsAPostanovlenieRasporyazhenieOrPrikazAndIsSigned() {
        assertEquals(List.of("documentType", "signatory"), fields(card().build(), DocumentKind.ACT));
        assertEquals(
                List.of("documentType"),
                fields(card().type("письмо").signatory(1L).build(), DocumentKind.ACT));
        assertEquals(
                List.of(), fields(card().type("Постановление").signatory(1L).build(), DocumentKind.ACT));
    }

    @Test
    void everyWrongFieldIsReportedAtOnce() {
        Requisites wrong = new Requisites(
                " ",
                null,
                null,
                RequisiteValues.of(Map.of(PlainRequisite.PAGES, 0, PlainRequisite.DELIVERY_CHANNEL, "голубиная почта")),
                null,
                MINISTRY,
                "x".repeat(101),
                TODAY.plusDays(1),
                null,
                null,
                List.of(),
                List.of(),
                null,
                false,
                TODAY.plusDays(10),
                null,
                false);

        List<String> fields = fields(wrong, DocumentKind.INCOMING);

        assertEquals(
                List.of(
                        "title",
                        "correspondentNumber",
                        "pages",
                        "correspondentDate",
                        "controlDeadline",
                        "deliveryChannel"),
                fields);
    }

    @Test
    void aControlDeadlineCannotPrecedeTheDocument() {
        List<FieldError> errors = card().correspondent(MINISTRY)
                .control(TODAY.minusDays(1))
                .build()
                .violations(DocumentKind.INCOMING, TODAY, TODAY);

        assertTrue(errors.stream().anyMatch(e -> e.field().equals("controlDeadline")), errors.toString());
    }

    private static List<String> fields(Requisites requisites, DocumentKind kind) {
        return requisites.violations(kind, TODAY, TODAY).stream()
                .map(FieldError::field)
                .toList();
    }

    private static Card card() {
        return new Card();
    }

    /** A builder of requisites for the tests: a title and whatever each test adds. */
    private static final class Card {
        private Correspondent correspondent;
        private Correspondent addressee;
        private Long signatory;
        private String type;
        private LocalDate deadline;

        Card correspondent(Correspondent value) {
            correspondent = value;
            return this;
        }

        Card addressee(Correspondent value) {
            addressee = value;
            return this;
        }

        Card signatory(Long value) {
            signatory = value;
            return this;
        }

        Card type(String value) {
            type = value;
            return this;
        }

        Card control(LocalDate value) {
            deadline = value;
            return this;
        }

        Requisites build() {
            return new Requisites(
                    "О ремонте дороги",
                    type,
                    null,
                    RequisiteValues.NONE,
                    null,
                    correspondent,
                    null,
                    null,
                    null,
                    signatory,
                    List.of(),
                    addressee == null ? List.of() : List.of(addressee),
                    null,
                    deadline != null,
                    deadline,
                    null,
                    false);
        }
    }
}
