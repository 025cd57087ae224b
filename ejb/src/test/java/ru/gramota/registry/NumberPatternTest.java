package ru.gramota.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidInputException;

class NumberPatternTest {

    @Test
    void caseIndexAndSequenceMakeTheUsualOutgoingNumber() {
        assertEquals("01-12/345", new NumberPattern("{caseIndex}/{seq}").format(345, 2026, "01-12", null));
    }

    @Test
    void aSuffixMarksResolutions() {
        assertEquals("345-п", new NumberPattern("{seq}-п").format(345, 2026, null, null));
    }

    @Test
    void departmentAndYearCodes() {
        assertEquals("07/26-12", new NumberPattern("{dept}/{yy}-{seq}").format(12, 2026, null, "07"));
        assertEquals("2026-1", new NumberPattern("{year}-{seq}").format(1, 2026, null, null));
    }

    @Test
    void aPatternWithoutTheSequenceIsRefused() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> new NumberPattern("{caseIndex}/вх"));
        assertEquals("numberPattern", refused.errors().get(0).field());
    }

    @Test
    void anUnknownCodeIsRefusedByName() {
        InvalidInputException refused =
                assertThrows(InvalidInputException.class, () -> new NumberPattern("{seq}-{month}"));
        assertTrue(refused.getMessage().contains("{month}"), refused.getMessage());
    }

    @Test
    void aMissingCaseIndexIsRefusedNamingTheField() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> new NumberPattern("{caseIndex}/{seq}").format(1, 2026, " ", null));
        assertEquals("caseIndex", refused.errors().get(0).field());
    }

    @Test
    void aNumberLongerThanMedoAllowsIsRefused() {
        NumberPattern pattern = new NumberPattern("{caseIndex}/{seq}");

        assertEquals(
                31,
                pattern.format(1234567, 2026, "01-12-0001-0002-0003-00", null).length());
        assertThrows(
                InvalidInputException.class, () -> pattern.format(12345678, 2026, "01-12-0001-0002-0003-00", null));
    }

    @Test
    void anExampleNumberFillsEveryCodeOfThePattern() {
        assertEquals("1-вх", NumberPattern.example("{seq}-вх", 2026));
        assertEquals("01-01/1", NumberPattern.example("{caseIndex}/{seq}", 2026));
        assertEquals("01-1/26", NumberPattern.example("{dept}-{seq}/{yy}", 2026));
        assertEquals("2026-1", NumberPattern.example("{year}-{seq}", 2026));
    }

    @Test
    void aPatternThatCannotGiveANumberHasNoExample() {
        assertEquals("", NumberPattern.example("{seq}" + "x".repeat(40), 2026));
    }
}
