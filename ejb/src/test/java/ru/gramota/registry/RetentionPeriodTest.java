package ru.gramota.registry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidInputException;

class RetentionPeriodTest {

    @Test
    void aPeriodInYearsRunsFromTheFirstOfJanuaryAfterTheCaseCloses() {
        assertEquals(
                Optional.of(LocalDate.of(2032, 1, 1)), RetentionPeriod.years(5).expiresOn(2026));
    }

    @Test
    void permanentCasesNeverExpire() {
        assertEquals(Optional.empty(), RetentionPeriod.permanent().expiresOn(2026));
    }

    @Test
    void onlyTheYearsOfTheStandardListAreAllowed() {
        for (int years : new int[] {1, 3, 5, 6, 10, 15, 45, 50, 75}) {
            assertEquals(years, RetentionPeriod.years(years).years());
        }
        InvalidInputException seven = assertThrows(InvalidInputException.class, () -> RetentionPeriod.years(7));
        assertEquals("retentionYears", seven.errors().get(0).field());
    }

    @Test
    void aPeriodUntilAnEventHasNoYears() {
        InvalidInputException refused = assertThrows(
                InvalidInputException.class, () -> RetentionPeriod.of(RetentionPeriod.Kind.UNTIL_REPLACED, 5));
        assertEquals("retentionYears", refused.errors().get(0).field());
        assertEquals(
                RetentionPeriod.Kind.UNTIL_NO_LONGER_NEEDED,
                RetentionPeriod.of(RetentionPeriod.Kind.UNTIL_NO_LONGER_NEEDED, null)
                        .kind());
    }

    @Test
    void yearsAloneMeanAPeriodInYearsAndNothingAtAllIsRefused() {
        assertEquals(RetentionPeriod.Kind.YEARS, RetentionPeriod.of(null, 10).kind());
        assertEquals(
                "retentionKind",
                assertThrows(InvalidInputException.class, () -> RetentionPeriod.of(null, null))
                        .errors()
                        .get(0)
                        .field());
    }

    @Test
    void permanentCasesAndThoseKeptOverTenYearsGoToTheArchive() {
        assertTrue(RetentionPeriod.permanent().goesToArchive());
        assertTrue(RetentionPeriod.years(15).goesToArchive());
        assertFalse(RetentionPeriod.years(10).goesToArchive());
        assertFalse(
                RetentionPeriod.of(RetentionPeriod.Kind.UNTIL_REPLACED, null).goesToArchive());
    }

    @Test
    void readsAsARecordsOfficerWritesIt() {
        assertEquals("1 год", RetentionPeriod.years(1).toString());
        assertEquals("3 года", RetentionPeriod.years(3).toString());
        assertEquals("5 лет", RetentionPeriod.years(5).toString());
        assertEquals("15 лет", RetentionPeriod.years(15).toString());
        assertEquals("постоянно", RetentionPeriod.permanent().toString());
    }
}
