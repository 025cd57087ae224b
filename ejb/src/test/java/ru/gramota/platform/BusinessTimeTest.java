package ru.gramota.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BusinessTimeTest {

    /** 23:30 in UTC on New Year's Eve is already 02:30 of 1 January in Moscow. */
    private static final Clock NEW_YEARS_EVE_UTC = Clock.fixed(Instant.parse("2025-12-31T23:30:00Z"), ZoneOffset.UTC);

    @Test
    void theZoneIsMoscowUnlessConfigured() {
        BusinessTime time = new BusinessTime(NEW_YEARS_EVE_UTC, SettingSource.of(Map.of()));

        assertEquals(ZoneId.of("Europe/Moscow"), time.zone());
    }

    @Test
    void todayIsTheDateInTheRegionNotInUtc() {
        BusinessTime time = new BusinessTime(NEW_YEARS_EVE_UTC, SettingSource.of(Map.of()));

        assertEquals(LocalDate.of(2026, 1, 1), time.today());
        assertEquals(2026, time.year());
    }

    @Test
    void aRegionWestOfUtcIsStillInTheOldYear() {
        BusinessTime time =
                new BusinessTime(NEW_YEARS_EVE_UTC, SettingSource.of(Map.of("gramota.time-zone", "America/Sitka")));

        assertEquals(LocalDate.of(2025, 12, 31), time.today());
        assertEquals(2025, time.year());
    }

    @Test
    void aDayAndAYearBeginAtMidnightInTheRegion() {
        BusinessTime time = new BusinessTime(NEW_YEARS_EVE_UTC, SettingSource.of(Map.of()));

        assertEquals(Instant.parse("2025-12-31T21:00:00Z"), time.startOfToday());
        assertEquals(Instant.parse("2025-12-31T21:00:00Z"), time.startOfYear(2026));
        assertEquals(Instant.parse("2026-03-07T21:00:00Z"), time.startOf(LocalDate.of(2026, 3, 8)));
    }

    @Test
    void anUnknownZoneStopsTheStart() {
        SettingSource mars = SettingSource.of(Map.of("gramota.time-zone", "Mars/Olympus"));

        InvalidSettingException e =
                assertThrows(InvalidSettingException.class, () -> new BusinessTime(NEW_YEARS_EVE_UTC, mars));

        assertEquals(BusinessTime.TIME_ZONE, e.property());
    }
}
