package ru.gramota.control;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * A deadline as control sets it: the day asked for (written, or the resolution's date plus the
 * urgency's days) and the day it is due, the working day on or before the one asked for.
 *
 * @param urgency the urgency that gave the day asked for, or null when it was written
 * @param moved whether the day asked for was not a working day, so that the deadline is another
 * @param calendarLoaded false when the due day's year has no loaded production calendar: the
 *     Labour Code's days were used, and the Government's decree may move more
 */
public record Deadline(
        LocalDate resolutionDate,
        Urgency urgency,
        LocalDate asked,
        LocalDate due,
        boolean moved,
        String weekday,
        boolean calendarLoaded) {

    static Deadline of(LocalDate resolutionDate, Urgency urgency, LocalDate asked, LocalDate due, boolean loaded) {
        return new Deadline(
                resolutionDate,
                urgency,
                asked,
                due,
                !asked.equals(due),
                due.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.forLanguageTag("ru")),
                loaded);
    }
}
