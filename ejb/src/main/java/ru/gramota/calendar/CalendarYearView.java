package ru.gramota.calendar;

import java.time.Instant;
import java.util.List;

/**
 * A year of the production calendar as administrators and clerks see it.
 *
 * @param loaded false when nobody loaded the year and its days are the Labour Code's alone: deadlines
 *     in it may fall on days the Government's decree will move
 * @param source the decree or file it was loaded from; null when not loaded
 * @param days the days that differ from an ordinary five-day week, by date
 */
public record CalendarYearView(
        int year,
        boolean loaded,
        String source,
        Instant loadedAt,
        String loadedBy,
        int workingDays,
        int workingHours,
        List<SpecialDay> days) {

    static CalendarYearView of(CalendarYear year, LoadedYear load) {
        return new CalendarYearView(
                year.year(),
                year.loaded(),
                load == null ? null : load.source(),
                load == null ? null : load.loadedAt(),
                load == null ? null : load.loadedBy(),
                year.workingDays(),
                year.workingHours(),
                year.listed());
    }
}
