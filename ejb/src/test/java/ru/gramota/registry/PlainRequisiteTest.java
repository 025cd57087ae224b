package ru.gramota.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import ru.gramota.org.Organisation;
import ru.gramota.org.OrganisationKind;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.FieldError;

class PlainRequisiteTest {

    private static final Set<PlainRequisite> ALL = EnumSet.allOf(PlainRequisite.class);

    @Test
    void eachFieldNameIsUsedOnceAndFoundByItsName() {
        List<String> fields = Arrays.stream(PlainRequisite.values())
                .map(PlainRequisite::field)
                .toList();

        assertEquals(fields.size(), Set.copyOf(fields).size(), fields.toString());
        for (PlainRequisite requisite : PlainRequisite.values()) {
            assertEquals(requisite, PlainRequisite.byField(requisite.field()));
        }
        assertNull(PlainRequisite.byField("title"), "not plain: a component of Requisites");
    }

    @Test
    void textsAreStrippedAndBlankOnesAreAbsent() {
        Map<PlainRequisite, Object> given = new HashMap<>();
        given.put(PlainRequisite.DELIVERY_CHANNEL, "  почта ");
        given.put(PlainRequisite.PAGES, null);

        RequisiteValues values = RequisiteValues.of(given);

        assertEquals("почта", values.get(PlainRequisite.DELIVERY_CHANNEL, String.class));
        assertEquals(Map.of("deliveryChannel", "почта"), values.byField());
        assertEquals(RequisiteValues.NONE, RequisiteValues.of(Map.of(PlainRequisite.DELIVERY_CHANNEL, " ")));
    }

    @Test
    void aValueOfAnotherTypeIsAMistakeOfTheCallingCode() {
        IllegalArgumentException refused = assertThrows(
                IllegalArgumentException.class, () -> RequisiteValues.of(Map.of(PlainRequisite.PAGES, "3")));

        assertTrue(refused.getMessage().contains("pages takes a Integer"), refused.getMessage());
    }

    @Test
    void eachValueIsCheckedAgainstItsTypesLimits() {
        RequisiteValues wrong =
                RequisiteValues.of(Map.of(PlainRequisite.PAGES, 0, PlainRequisite.DELIVERY_CHANNEL, "голубиная почта"));

        List<FieldError> errors = wrong.violations(ALL);

        assertEquals(
                List.of("deliveryChannel", "pages"),
                errors.stream().map(FieldError::field).toList());
        assertEquals(CommonReason.ONE_OF, errors.get(0).reason());
        assertEquals(RegistryReason.PAGES_OUT_OF_RANGE, errors.get(1).reason());
        assertEquals(List.of(), wrong.violations(Set.of()));
        assertEquals(
                List.of(),
                RequisiteValues.of(Map.of(
                                PlainRequisite.PAGES, Requisites.MAX_PAGES, PlainRequisite.DELIVERY_CHANNEL, "МЭДО"))
                        .violations(ALL));
    }

    @Test
    void theTypesOfLaterRequisitesHaveTheirLimitsToo() {
        PlainRequisite.Value text = PlainRequisite.Value.text(5);

        assertNull(text.violation("note", "12345"));
        assertEquals(CommonReason.TOO_LONG_NOW, text.violation("note", "123456").reason());
        assertNull(PlainRequisite.Value.date().violation("at", LocalDate.of(2026, 11, 30)));
        assertEquals(
                List.of("курьер", "МЭДО", "почта"),
                PlainRequisite.Value.choice(Set.of("почта", "МЭДО", "курьер")).choices(),
                "in Russian alphabetical order");
    }

    @Test
    void theCardKeepsItsPlainRequisitesWhereTheCatalogueReadsThem() {
        Organisation region = new Organisation("REGION", "Правительство области", null, OrganisationKind.REGION, null);
        RegistrationJournal incoming =
                new RegistrationJournal(region, "IN", "Входящие", DocumentKind.INCOMING, "{seq}");
        RequisiteValues given =
                RequisiteValues.of(Map.of(PlainRequisite.PAGES, 4, PlainRequisite.DELIVERY_CHANNEL, "курьер"));
        Document card = new Document(
                incoming,
                LocalDate.of(2026, 11, 30),
                new Requisites(
                        "О ремонте дороги",
                        null,
                        null,
                        given,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        false,
                        null,
                        null,
                        false));

        assertEquals(given, RequisiteValues.of(card));
        assertEquals(4, card.auditState().get("pages"));
        assertEquals("курьер", card.auditState().get("deliveryChannel"));
        assertTrue(PlainRequisite.DELIVERY_CHANNEL.shownFor(DocumentKind.CITIZEN_APPEAL));
        assertTrue(!PlainRequisite.DELIVERY_CHANNEL.shownFor(DocumentKind.OUTGOING));
    }
}
