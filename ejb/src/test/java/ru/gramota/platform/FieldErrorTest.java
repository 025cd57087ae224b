package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import ru.gramota.org.OrganisationReason;

/** Field errors, as services raise them and as pages and the API read them. */
class FieldErrorTest {

    @Test
    void aTooLongTextNamesItsLimitInBothLanguagesUnderOneCode() {
        FieldError error = assertThrows(
                        InvalidInputException.class,
                        () -> InvalidInputException.requireText("x".repeat(301), "title", 300))
                .errors()
                .get(0);

        assertEquals("title", error.field());
        assertEquals("TOO_LONG", error.code());
        assertEquals("must be at most 300 characters", error.message());
        assertTrue(error.message(Localized.RUSSIAN).contains("300"), error.message(Localized.RUSSIAN));
        assertNotEquals(error.message(), error.message(Localized.RUSSIAN));
    }

    @Test
    void theExceptionMessageNamesTheFirstFieldInEnglishForTheLog() {
        InvalidInputException refused = new InvalidInputException("name", CommonReason.REQUIRED);

        assertEquals("name: is required", refused.getMessage());
    }

    @Test
    void aRowErrorSaysWhatTheFieldErrorOfItsRowSays() {
        FieldError error = new FieldError("name", CommonReason.TOO_LONG, 500);
        RowError row = new RowError(7, error);

        assertEquals(7, row.line());
        assertEquals("name", row.field());
        assertEquals(error.code(), row.code());
        assertEquals(error.message(Localized.RUSSIAN), row.message(Localized.RUSSIAN));
    }

    @Test
    void aListGivenAsOneArgumentStaysOneArgument() {
        RowError missing = new RowError(
                1, "kind", OrganisationReason.COLUMNS_MISSING, java.util.List.of("code", "parent", "kind"));

        assertTrue(missing.message().endsWith("[code, parent, kind]"), missing.message());
    }

    @Test
    void oneOfAcceptsAnAllowedConstantInAnyCaseAndNamesTheAllowedOnesOtherwise() {
        assertEquals(
                DayOfWeek.MONDAY, InvalidInputException.oneOf(" monday ", "day", DayOfWeek.MONDAY, DayOfWeek.FRIDAY));

        FieldError refused = assertThrows(
                        InvalidInputException.class,
                        () -> InvalidInputException.oneOf("SUNDAY", "day", DayOfWeek.MONDAY, DayOfWeek.FRIDAY))
                .errors()
                .get(0);
        assertEquals("must be MONDAY or FRIDAY", refused.message());
        assertTrue(refused.message(Localized.RUSSIAN).contains("MONDAY"), refused.message(Localized.RUSSIAN));
        assertEquals(
                "day",
                assertThrows(
                                InvalidInputException.class,
                                () -> InvalidInputException.oneOf(null, "day", DayOfWeek.values()))
                        .errors()
                        .get(0)
                        .field());
    }
}
