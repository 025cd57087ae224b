package ru.gramota.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import ru.gramota.calendar.CalendarYear;
import ru.gramota.calendar.DayKind;
import ru.gramota.calendar.ProductionCalendar;
import ru.gramota.calendar.SpecialDay;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidSettingException;
import ru.gramota.platform.SettingSource;

/** Deadlines by urgency and written dates, moved onto working days of the production calendar. */
class DeadlinesTest {

    private static final ControlSettings DEFAULTS = new ControlSettings(SettingSource.of(Map.of()));

    /** The part of the 2026 decree these tests walk over: May, November and the year's end. */
    private static final ProductionCalendar CALENDAR = ProductionCalendar.of(List.of(CalendarYear.of(
            2026,
            List.of(
                    new SpecialDay(day("2026-05-01"), DayKind.DAY_OFF, "Праздник Весны и Труда", null),
                    new SpecialDay(day("2026-05-08"), DayKind.SHORTENED, null, null),
                    new SpecialDay(day("2026-05-09"), DayKind.DAY_OFF, "День Победы", null),
                    new SpecialDay(day("2026-05-11"), DayKind.DAY_OFF, null, day("2026-05-09")),
                    new SpecialDay(day("2026-11-04"), DayKind.DAY_OFF, "День народного единства", null),
                    new SpecialDay(day("2026-12-31"), DayKind.DAY_OFF, null, day("2026-01-04"))))));

    private static LocalDate day(String date) {
        return LocalDate.parse(date);
    }

    @Test
    void urgentIsThreeCalendarDaysPromptTenOrdinaryThirty() {
        assertEquals(
                day("2026-10-08"),
                Deadlines.proposed(CALENDAR, DEFAULTS, day("2026-10-05"), Urgency.URGENT)
                        .due());
        assertEquals(
                day("2026-10-15"),
                Deadlines.proposed(CALENDAR, DEFAULTS, day("2026-10-05"), Urgency.PROMPT)
                        .due());
        assertEquals(
                day("2026-11-03"),
                Deadlines.proposed(CALENDAR, DEFAULTS, day("2026-10-05"), Urgency.ORDINARY)
                        .due());
    }

    @Test
    void overdueWhenDeadlineFallsOnHolidayMovesToPreviousWorkingDay() {
        Deadline deadline = Deadlines.proposed(CALENDAR, DEFAULTS, day("2026-10-05"), Urgency.ORDINARY);
        assertEquals(day("2026-11-04"), deadline.asked());
        assertEquals(day("2026-11-03"), deadline.due());
        assertTrue(deadline.moved());
        assertEquals("вторник", deadline.weekday());
    }

    @Test
    void aDeadlineAfterTheMayHolidaysGoesBackOverThemToAShortenedFriday() {
        Deadline deadline = Deadlines.written(CALENDAR, day("2026-04-20"), day("2026-05-11"));
        assertEquals(day("2026-05-08"), deadline.due());
        assertTrue(deadline.calendarLoaded());
    }

    @Test
    void aDeadlineNeverComesBeforeItsResolution() {
        Deadline deadline = Deadlines.proposed(CALENDAR, DEFAULTS, day("2027-01-01"), Urgency.URGENT);
        assertEquals(day("2027-01-04"), deadline.asked());
        assertEquals(day("2027-01-11"), deadline.due());
        assertFalse(deadline.calendarLoaded(), "2027 is the Labour Code's");
    }

    @Test
    void aWrittenDeadlineBeforeTheResolutionIsRefused() {
        assertThrows(
                InvalidInputException.class, () -> Deadlines.written(CALENDAR, day("2026-12-01"), day("2026-11-30")));
        assertFalse(Deadlines.written(CALENDAR, day("2026-12-01"), day("2026-12-01"))
                .moved());
    }

    @Test
    void theDefaultPeriodsAreSettingsWithinAYear() {
        ControlSettings five = new ControlSettings(SettingSource.of(Map.of("gramota.control.urgent-days", "5")));
        assertEquals(
                day("2026-10-09"),
                Deadlines.proposed(CALENDAR, five, day("2026-10-04"), Urgency.URGENT)
                        .due());
        assertThrows(
                InvalidSettingException.class,
                () -> new ControlSettings(SettingSource.of(Map.of("gramota.control.prompt-days", "0"))));
        assertThrows(
                InvalidSettingException.class,
                () -> new ControlSettings(SettingSource.of(Map.of("gramota.control.ordinary-days", "400"))));
    }
}
