package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SettingSourceTest {

    @Test
    void anEnvironmentVariableIsThePropertyInUpperCaseWithUnderscores() {
        assertEquals("GRAMOTA_SIGN_IN_LOCKOUT", SettingSource.environmentVariable("gramota.sign-in.lockout"));
        assertEquals("GRAMOTA_TIME_ZONE", SettingSource.environmentVariable("gramota.time-zone"));
    }

    @Test
    void anUnsetOrBlankSettingTakesItsDefault() {
        SettingSource settings = SettingSource.of(Map.of("gramota.blank", "  "));

        assertEquals(Duration.ofMinutes(1), settings.duration("gramota.blank", Duration.ofMinutes(1)));
        assertEquals(7, settings.number("gramota.unset", 7, 1, 10));
        assertEquals(ZoneId.of("Europe/Moscow"), settings.zone("gramota.unset", "Europe/Moscow"));
        assertFalse(settings.flag("gramota.blank", false));
        assertEquals(Optional.empty(), settings.path("gramota.blank"));
        assertEquals(Optional.empty(), settings.list("gramota.unset"));
    }

    @Test
    void givenValuesAreParsedToTheirTypes() {
        SettingSource settings = SettingSource.of(Map.of(
                "a.duration", " PT2M ",
                "a.number", "42",
                "a.zone", "Asia/Vladivostok",
                "a.flag", "TRUE",
                "a.path", "/srv/gramota",
                "a.list", "text/plain, application/pdf"));

        assertEquals(Duration.ofMinutes(2), settings.duration("a.duration", Duration.ofMinutes(1)));
        assertEquals(42, settings.number("a.number", 7, 1, 100));
        assertEquals(ZoneId.of("Asia/Vladivostok"), settings.zone("a.zone", "Europe/Moscow"));
        assertTrue(settings.flag("a.flag", false));
        assertEquals(Optional.of(Path.of("/srv/gramota")), settings.path("a.path"));
        assertEquals(Optional.of(List.of("text/plain", "application/pdf")), settings.list("a.list"));
    }

    @Test
    void anUnknownTimeZoneIsRefusedNamingTheSettingAndAnExample() {
        SettingSource settings = SettingSource.of(Map.of("gramota.time-zone", "Mars/Olympus"));

        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> settings.zone("gramota.time-zone", "Europe/Moscow"));

        assertEquals("gramota.time-zone", e.property());
        assertEquals(
                "Setting GRAMOTA_TIME_ZONE (gramota.time-zone) is 'Mars/Olympus':"
                        + " expected a time zone id of the tz database, e.g. Europe/Moscow",
                e.getMessage());
        assertEquals(0, e.getStackTrace().length, "a refused setting needs no stack trace");
    }

    @Test
    void aDurationThatIsNoDurationIsRefused() {
        SettingSource settings = SettingSource.of(Map.of("gramota.sign-in.lockout", "soon"));

        InvalidSettingException e = assertThrows(
                InvalidSettingException.class,
                () -> settings.duration("gramota.sign-in.lockout", Duration.ofMinutes(1)));

        assertEquals(
                "Setting GRAMOTA_SIGN_IN_LOCKOUT (gramota.sign-in.lockout) is 'soon':"
                        + " expected an ISO-8601 duration longer than zero, e.g. PT1M",
                e.getMessage());
    }

    @Test
    void aZeroOrNegativeDurationIsRefused() {
        SettingSource settings = SettingSource.of(Map.of("zero", "PT0S", "negative", "-PT1M"));

        assertThrows(InvalidSettingException.class, () -> settings.duration("zero", Duration.ofMinutes(1)));
        assertThrows(InvalidSettingException.class, () -> settings.duration("negative", Duration.ofMinutes(1)));
    }

    @Test
    void aNumberOutsideItsRangeOrNoNumberIsRefusedWithTheRange() {
        SettingSource settings = SettingSource.of(Map.of("low", "-3", "text", "ten", "fraction", "1.5"));

        InvalidSettingException low =
                assertThrows(InvalidSettingException.class, () -> settings.number("low", 10, 8, 128));
        assertEquals("Setting LOW (low) is '-3': expected a whole number from 8 to 128", low.getMessage());
        assertThrows(InvalidSettingException.class, () -> settings.number("text", 10, 8, 128));
        assertThrows(InvalidSettingException.class, () -> settings.number("fraction", 10L, 1L, 100L));
    }

    @Test
    void aFlagIsTrueOrFalseAndNothingElse() {
        SettingSource settings = SettingSource.of(Map.of("gramota.demo-data", "maybe"));

        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> settings.flag("gramota.demo-data", false));

        assertEquals(
                "Setting GRAMOTA_DEMO_DATA (gramota.demo-data) is 'maybe': expected true or false", e.getMessage());
    }

    @Test
    void aFlagAcceptsTheSpellingsMicroProfileConfigAccepts() {
        SettingSource settings = SettingSource.of(Map.of("one", "1", "yes", "YES", "off", "off", "n", "N"));

        assertTrue(settings.flag("one", false));
        assertTrue(settings.flag("yes", false));
        assertFalse(settings.flag("off", true));
        assertFalse(settings.flag("n", true));
    }

    @Test
    void aListWithAnEmptyItemIsRefused() {
        SettingSource settings = SettingSource.of(Map.of("types", "text/plain,,application/pdf"));

        assertThrows(InvalidSettingException.class, () -> settings.list("types"));
    }

    @Test
    void aTextKeepsItsBlanksUnlessADefaultIsGiven() {
        SettingSource settings = SettingSource.of(Map.of("secret", " a b ", "code", " REGION-1 "));

        assertEquals(Optional.of(" a b "), settings.text("secret"));
        assertEquals("REGION-1", settings.text("code", "REGION"));
    }
}
