package ru.gramota.calendar;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One day a production calendar lists: a day off (with the holiday it is, or the day it was moved
 * from), a shortened working day, or a weekend day that is worked.
 *
 * @param holiday the holiday's name, or null
 * @param movedFrom the date a day off was moved from (a weekend that coincided with a holiday), or null
 */
public record SpecialDay(LocalDate date, DayKind kind, String holiday, LocalDate movedFrom) {

    public SpecialDay {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(kind, "kind");
        holiday = holiday == null || holiday.isBlank() ? null : holiday.strip();
        if (kind == DayKind.WORKING_WEEKEND && !isWeekend(date)) {
            throw new IllegalArgumentException(date + " is a weekday: only a Saturday or Sunday can be worked");
        }
        if (kind == DayKind.SHORTENED && isWeekend(date)) {
            throw new IllegalArgumentException(date + " is a weekend day: only a working day can be shortened");
        }
        if (movedFrom != null && kind != DayKind.DAY_OFF) {
            throw new IllegalArgumentException("Only a day off is moved from another day, not " + date);
        }
    }

    static boolean isWeekend(LocalDate date) {
        return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
    }

    /** Whether people work on it. */
    public boolean working() {
        return kind != DayKind.DAY_OFF;
    }
}
