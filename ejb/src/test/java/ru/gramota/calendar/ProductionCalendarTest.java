package ru.gramota.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Working days on the 2026 decree's calendar (DOMAIN.md), and on the Labour Code's for a year not loaded. */
class ProductionCalendarTest {

    /** The 2026 calendar as DOMAIN.md states Government decree № 1466. */
    static CalendarYear decree2026() {
        return CalendarYear.of(
                2026,
                List.of(
                        off("2026-01-01", "Новогодние каникулы"),
                        off("2026-01-02", "Новогодние каникулы"),
                        off("2026-01-03", "Новогодние каникулы"),
                        off("2026-01-04", "Новогодние каникулы"),
                        off("2026-01-05", "Новогодние каникулы"),
                        off("2026-01-06", "Новогодние каникулы"),
                        off("2026-01-07", "Рождество Христово"),
                        off("2026-01-08", "Новогодние каникулы"),
                        moved("2026-01-09", "2026-01-03"),
                        off("2026-02-23", "День защитника Отечества"),
                        off("2026-03-08", "Международный женский день"),
                        moved("2026-03-09", "2026-03-08"),
                        shortened("2026-04-30"),
                        off("2026-05-01", "Праздник Весны и Труда"),
                        shortened("2026-05-08"),
                        off("2026-05-09", "День Победы"),
                        moved("2026-05-11", "2026-05-09"),
                        shortened("2026-06-11"),
                        off("2026-06-12", "День России"),
                        shortened("2026-11-03"),
                        off("2026-11-04", "День народного единства"),
                        moved("2026-12-31", "2026-01-04")));
    }

    private static SpecialDay off(String date, String holiday) {
        return new SpecialDay(LocalDate.parse(date), DayKind.DAY_OFF, holiday, null);
    }

    private static SpecialDay moved(String date, String from) {
        return new SpecialDay(LocalDate.parse(date), DayKind.DAY_OFF, null, LocalDate.parse(from));
    }

    private static SpecialDay shortened(String date) {
        return new SpecialDay(LocalDate.parse(date), DayKind.SHORTENED, null, null);
    }

    private static final ProductionCalendar CALENDAR = ProductionCalendar.of(List.of(decree2026()));

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void the2026DecreeHas247WorkingDays() {
        assertEquals(247, CALENDAR.year(2026).workingDays());
        assertEquals(247 * 8 - 4, CALENDAR.year(2026).workingHours());
    }

    @Test
    void newYearHolidaysRunToTheNinthOfJanuary() {
        assertFalse(CALENDAR.working(day("2026-01-09")));
        assertTrue(CALENDAR.working(day("2026-01-12")));
        assertEquals(day("2026-01-12"), CALENDAR.workingDayOnOrBefore(day("2026-01-12")));
    }

    @Test
    void deadlineOnAHolidayMovesToTheWorkingDayBefore() {
        assertEquals(day("2026-11-03"), CALENDAR.workingDayOnOrBefore(day("2026-11-04")));
        assertEquals(day("2026-05-08"), CALENDAR.workingDayOnOrBefore(day("2026-05-11")));
        assertEquals(day("2026-03-06"), CALENDAR.workingDayOnOrBefore(day("2026-03-09")));
    }

    @Test
    void deadlineOnAWeekendMovesToFriday() {
        assertEquals(day("2026-12-04"), CALENDAR.workingDayOnOrBefore(day("2026-12-06")));
    }

    @Test
    void theThirtyFirstOfDecember2026IsADayOffMovedFromTheFourthOfJanuary() {
        assertFalse(CALENDAR.working(day("2026-12-31")));
        assertEquals(day("2026-12-30"), CALENDAR.workingDayOnOrBefore(day("2026-12-31")));
        assertEquals(
                day("2026-01-04"),
                CALENDAR.year(2026).special(day("2026-12-31")).orElseThrow().movedFrom());
    }

    @Test
    void shortenedDaysAreWorkedAnHourLess() {
        assertTrue(CALENDAR.working(day("2026-04-30")));
        assertEquals(7, CALENDAR.year(2026).hours(day("2026-04-30")));
        assertEquals(8, CALENDAR.year(2026).hours(day("2026-04-29")));
        assertEquals(0, CALENDAR.year(2026).hours(day("2026-05-01")));
    }

    @Test
    void aDeadlineAcrossTheYearBoundaryWalksIntoTheYearBefore() {
        // 1–9 January 2027 are the Labour Code's holidays (1–8) and a weekend: back to 31 December 2026,
        // a day off in 2026, so 30 December.
        assertEquals(day("2026-12-30"), CALENDAR.workingDayOnOrBefore(day("2027-01-10")));
    }

    @Test
    void remindersCountWorkingDaysBeforeTheDeadline() {
        assertEquals(day("2026-05-07"), CALENDAR.workingDaysBefore(day("2026-05-12"), 2));
        assertEquals(day("2026-05-12"), CALENDAR.workingDaysBefore(day("2026-05-12"), 0));
        assertThrows(IllegalArgumentException.class, () -> CALENDAR.workingDaysBefore(day("2026-05-12"), -1));
    }

    @Test
    void workingDaysBetweenSkipHolidaysAndCountBothWays() {
        assertEquals(2, CALENDAR.workingDaysBetween(day("2026-05-07"), day("2026-05-12")));
        assertEquals(-2, CALENDAR.workingDaysBetween(day("2026-05-12"), day("2026-05-07")));
        assertEquals(0, CALENDAR.workingDaysBetween(day("2026-01-01"), day("2026-01-11")));
    }

    @Test
    void aYearNotLoadedFallsBackToTheLabourCodeAndSaysSo() {
        assertTrue(CALENDAR.loaded(2026));
        assertFalse(CALENDAR.loaded(2027));
        assertFalse(CALENDAR.year(2027).loaded());
    }

    @Test
    void theLabourCodeAlone2026DiffersFromTheDecreeOnlyByTheMovedJanuaryWeekends() {
        CalendarYear alone = ProductionCalendar.of(List.of()).year(2026);
        Set<LocalDate> decreeOff = daysOff(decree2026());
        Set<LocalDate> codeOff = daysOff(alone);
        assertEquals(Set.of(day("2026-01-09"), day("2026-12-31")), difference(decreeOff, codeOff));
        assertEquals(Set.of(), difference(codeOff, decreeOff));
        assertEquals(249, alone.workingDays());
        assertEquals(
                DayKind.SHORTENED,
                alone.special(day("2026-12-31")).orElseThrow().kind());
    }

    @Test
    void theLabourCodeMovesAWeekendHolidayToTheNextWorkingDayButNotInJanuary() {
        CalendarYear y2027 = ProductionCalendar.of(List.of()).year(2027);
        // 1 May 2027 is a Saturday, 9 May a Sunday, 12 June a Saturday
        assertEquals(
                day("2027-05-01"),
                y2027.special(day("2027-05-03")).orElseThrow().movedFrom());
        assertEquals(
                day("2027-05-09"),
                y2027.special(day("2027-05-10")).orElseThrow().movedFrom());
        assertEquals(
                day("2027-06-12"),
                y2027.special(day("2027-06-14")).orElseThrow().movedFrom());
        // 2 and 3 January 2027 are a weekend: not moved by the Code
        assertTrue(y2027.working(day("2027-01-11")));
        // 23 February 2027 is a Tuesday: the Monday before is an hour shorter
        assertEquals(
                DayKind.SHORTENED,
                y2027.special(day("2027-02-22")).orElseThrow().kind());
    }

    @Test
    void administratorsAreWarnedOfThisYearAndFromOctoberOfTheNextWhenNotLoaded() {
        assertEquals(List.of(), CALENDAR.notLoadedAround(day("2026-09-30")));
        assertEquals(List.of(2027), CALENDAR.notLoadedAround(day("2026-10-01")));
        assertEquals(List.of(2027), CALENDAR.notLoadedAround(day("2027-03-01")));
        assertEquals(List.of(2027, 2028), CALENDAR.notLoadedAround(day("2027-12-31")));
    }

    @Test
    void aDayIsListedOnce() {
        SpecialDay first = off("2026-01-01", "Новогодние каникулы");
        assertThrows(IllegalArgumentException.class, () -> CalendarYear.of(2026, List.of(first, first)));
    }

    @Test
    void aWeekdayIsNeverAWorkingWeekendNorASaturdayShortened() {
        assertThrows(
                IllegalArgumentException.class,
                () -> new SpecialDay(day("2026-12-02"), DayKind.WORKING_WEEKEND, null, null));
        assertThrows(
                IllegalArgumentException.class, () -> new SpecialDay(day("2026-12-05"), DayKind.SHORTENED, null, null));
    }

    private static Set<LocalDate> daysOff(CalendarYear year) {
        return year.listed().stream()
                .filter(d -> d.kind() == DayKind.DAY_OFF)
                .map(SpecialDay::date)
                .collect(Collectors.toSet());
    }

    private static Set<LocalDate> difference(Set<LocalDate> a, Set<LocalDate> b) {
        return a.stream().filter(d -> !b.contains(d)).collect(Collectors.toSet());
    }
}
