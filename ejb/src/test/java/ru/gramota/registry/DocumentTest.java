package ru.gramota.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.platform.ConflictException;
import ru.gramota.platform.InvalidInputException;

/** The card's lifecycle: registered once, corrected while registered, cancelled keeping its number. */
class DocumentTest {

    private static final LocalDate DATE = LocalDate.of(2026, 11, 20);
    private static final Instant NOON = Instant.parse("2026-11-20T09:00:00Z");
    private static final Organisation DISTRICT =
            new Organisation("MO-KOLYVAN", "Колыванский район", null, OrganisationKind.MUNICIPAL_DISTRICT, null);
    private static final Organisation CITY =
            new Organisation("GO-NOVOSIB", "Город Новосибирск", null, OrganisationKind.CITY_DISTRICT, null);
    private static final RegistrationJournal INCOMING =
            new RegistrationJournal(DISTRICT, "IN", "Входящие", DocumentKind.INCOMING, "{caseIndex}/{seq}");
    private static final Correspondent MINISTRY = new Correspondent(
            CorrespondentKind.ORGANISATION, "Министерство транспорта Новосибирской области", null, null, null, null);
    private static final NomenclatureCase ROADS = new NomenclatureCase(
            DISTRICT,
            2026,
            "01-12",
            "Переписка по вопросам дорожного хозяйства",
            RetentionPeriod.of(RetentionPeriod.Kind.YEARS, 5),
            null,
            false);

    @Test
    void registeringGivesTheNumberOfTheJournalsPatternAndKeepsTheRequisites() {
        Document card = new Document(INCOMING, DATE, letter("О ремонте дороги", 3));

        card.register(2026, 345, NOON, "registrar");

        assertEquals(DocumentStatus.REGISTERED, card.status());
        assertEquals("01-12/345", card.registrationNumber());
        assertEquals(2026, card.number().year());
        assertEquals(345, card.number().sequence());
        assertSame(INCOMING, card.journal());
        assertEquals(NOON, card.registeredAt());
        assertEquals("01-12/5", card.correspondence().senderNumber());
        assertEquals(3, card.filing().pages());
        assertEquals(DocumentKind.INCOMING, card.kind());
    }

    @Test
    void aCardIsRegisteredOnlyOnce() {
        Document card = registered();

        ConflictException refused =
                assertThrows(ConflictException.class, () -> card.register(2026, 346, NOON, "registrar"));

        assertEquals(RegistryReason.ALREADY_REGISTERED, refused.reason());
        assertEquals("01-12/345", card.registrationNumber());
    }

    @Test
    void aDocumentOutsideAnyJournalGetsNoNumber() {
        Document loose = new Document(DISTRICT, false);

        assertThrows(ConflictException.class, () -> loose.register(2026, 1, NOON, "registrar"));
        assertNull(loose.journal());
    }

    @Test
    void correctingReplacesTheRequisitesButNotTheRegistration() {
        Document card = registered();
        Instant later = NOON.plusSeconds(3600);

        card.correct(letter("О ремонте моста", 7), later, "editor");

        assertEquals("О ремонте моста", card.title());
        assertEquals(7, card.filing().pages());
        assertEquals("01-12/345", card.registrationNumber());
        assertEquals(DATE, card.documentDate());
        assertEquals(later, card.editedAt());
        assertEquals("editor", card.editedBy());
    }

    @Test
    void onlyARegisteredCardIsCorrected() {
        Document draft = new Document(INCOMING, DATE, letter("О ремонте дороги", 3));
        Document cancelled = registered();
        cancelled.cancel("Зарегистрировано ошибочно", NOON);

        for (Document card : List.of(draft, cancelled)) {
            ConflictException refused = assertThrows(
                    ConflictException.class, () -> card.correct(letter("О ремонте моста", 7), NOON, "editor"));
            assertEquals(RegistryReason.NOT_CORRECTABLE, refused.reason());
            assertEquals("О ремонте дороги", card.title());
        }
    }

    @Test
    void aCorrectionWithoutASummaryChangesNothing() {
        Document card = registered();

        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> card.correct(letter(" ", 7), NOON, "editor"));

        assertEquals("title", refused.errors().get(0).field());
        assertEquals(3, card.filing().pages());
    }

    @Test
    void cancellingKeepsTheNumberAndTheReason() {
        Document card = registered();

        card.cancel("  Зарегистрировано ошибочно ", NOON);

        assertEquals(DocumentStatus.CANCELLED, card.status());
        assertEquals("01-12/345", card.registrationNumber());
        assertEquals("Зарегистрировано ошибочно", card.cancellationReason());
        assertEquals(NOON, card.cancelledAt());
    }

    @Test
    void onlyARegisteredCardIsCancelledAndOnlyWithAReason() {
        Document draft = new Document(INCOMING, DATE, letter("О ремонте дороги", 3));
        Document cancelled = registered();
        cancelled.cancel("Дубль", NOON);
        Document card = registered();

        assertEquals(
                RegistryReason.NOT_CANCELLABLE,
                assertThrows(ConflictException.class, () -> draft.cancel("Дубль", NOON))
                        .reason());
        assertEquals(
                RegistryReason.NOT_CANCELLABLE,
                assertThrows(ConflictException.class, () -> cancelled.cancel("Ещё раз", NOON))
                        .reason());
        assertEquals(
                "reason",
                assertThrows(InvalidInputException.class, () -> card.cancel(" ", NOON))
                        .errors()
                        .get(0)
                        .field());
        assertEquals(DocumentStatus.REGISTERED, card.status());
    }

    @Test
    void aConfirmedDuplicateIsMarkedBeforeRegistrationAndKeepsTheMark() {
        Document original = registered();
        Document again = new Document(INCOMING, DATE, letter("О ремонте дороги", 3));

        again.markAsDuplicateOf(original);
        again.register(2026, 346, NOON, "registrar");

        assertSame(original, again.duplicateOf());
        assertEquals("01-12/346", again.registrationNumber());
    }

    @Test
    void aRegisteredCardIsNotMarkedAsADuplicateAfterwards() {
        Document original = registered();
        Document card = registered();

        ConflictException refused = assertThrows(ConflictException.class, () -> card.markAsDuplicateOf(original));

        assertEquals(RegistryReason.ALREADY_REGISTERED, refused.reason());
        assertNull(card.duplicateOf());
    }

    @Test
    void onlyARegisteredCardOfTheSameOrganisationIsDuplicated() {
        Document draft = new Document(INCOMING, DATE, letter("О ремонте дороги", 3));
        Document cancelled = registered();
        cancelled.cancel("Ошибка", NOON);
        RegistrationJournal citysJournal =
                new RegistrationJournal(CITY, "IN", "Входящие", DocumentKind.INCOMING, "{seq}");
        Document citys = new Document(
                citysJournal,
                DATE,
                new Requisites(
                        "О ремонте дороги",
                        null,
                        null,
                        RequisiteValues.of(Map.of(PlainRequisite.DELIVERY_CHANNEL, "почта")),
                        null,
                        MINISTRY,
                        "01-12/5",
                        DATE,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        false));
        citys.register(2026, 1, NOON, "registrar");
        Document card = new Document(INCOMING, DATE, letter("О ремонте дороги", 3));

        for (Document original : List.of(draft, cancelled, citys, card)) {
            InvalidInputException refused =
                    assertThrows(InvalidInputException.class, () -> card.markAsDuplicateOf(original));
            assertEquals(
                    RegistryReason.NOT_AMONG_DUPLICATES, refused.errors().get(0).reason());
        }
        assertNull(card.duplicateOf());
    }

    @Test
    void theAuditStateNamesEveryRequisiteInItsOrder() {
        Document card = registered();

        Map<String, Object> state = card.auditState();

        assertEquals(
                List.of(
                        "organisation",
                        "journal",
                        "number",
                        "status",
                        "kind",
                        "title",
                        "documentType",
                        "documentDate",
                        "restricted",
                        "department",
                        "correspondent",
                        "correspondentNumber",
                        "correspondentDate",
                        "signatoryName",
                        "addresseeCorrespondents",
                        "author",
                        "signatory",
                        "addressee",
                        "executor",
                        "controller",
                        "pages",
                        "textLength",
                        "onControl",
                        "controlDeadline",
                        "case",
                        "deliveryChannel",
                        "duplicateOf",
                        "cancellationReason"),
                List.copyOf(state.keySet()));
        assertEquals("01-12/345", state.get("number"));
        assertEquals("2026-11-18", state.get("correspondentDate"));
        assertEquals("01-12", state.get("case"));
        assertEquals(true, state.get("onControl"));
        assertEquals("2026-12-20", state.get("controlDeadline"));
        assertFalse((Boolean) state.get("restricted"));
        assertTrue(card.control().onControl());
    }

    private static Document registered() {
        Document card = new Document(INCOMING, DATE, letter("О ремонте дороги", 3));
        card.register(2026, 345, NOON, "registrar");
        return card;
    }

    /** An incoming letter from the ministry, filed to 01-12, on control. */
    private static Requisites letter(String title, int pages) {
        return new Requisites(
                title,
                null,
                null,
                RequisiteValues.of(Map.of(PlainRequisite.PAGES, pages, PlainRequisite.DELIVERY_CHANNEL, "почта")),
                null,
                MINISTRY,
                " 01-12/5 ",
                LocalDate.of(2026, 11, 18),
                null,
                null,
                List.of(),
                List.of(),
                null,
                true,
                LocalDate.of(2026, 12, 20),
                ROADS,
                false);
    }
}
