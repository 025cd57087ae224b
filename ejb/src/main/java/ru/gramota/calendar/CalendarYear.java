package ru.gramota.calendar;

import java.time.LocalDate;
import java.time.Year;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import ru.gramota.platform.InvalidInputException;

/**
 * The production calendar of one year: the days that differ from an ordinary five-day week, as an
 * administrator loaded them, or as the Labour Code sets them when no calendar was loaded
 * ({@link LabourCode}). Every other Saturday and Sunday is a day off, every other weekday a full
 * working day.
 *
 * @param loaded whether an administrator's calendar (or the shipped one) holds it, rather than the
 *     Labour Code's fallback
 */
public record CalendarYear(int year, Map<LocalDate, SpecialDay> days, boolean loaded) {

    /** The years a calendar may be loaded for. */
    public static final int FIRST_YEAR = 2000;

    public static final int LAST_YEAR = 2100;

    public CalendarYear {
        if (year < FIRST_YEAR || year > LAST_YEAR) {
            throw new IllegalArgumentException("No calendar for the year " + year);
        }
        Objects.requireNonNull(days, "days");
        for (Map.Entry<LocalDate, SpecialDay> day : days.entrySet()) {
            if (day.getKey().getYear() != year
                    || !day.getKey().equals(day.getValue().date())) {
                throw new IllegalArgumentException(day.getKey() + " is not a day of " + year);
            }
        }
        days = Collections.unmodifiableMap(new TreeMap<>(days));
    }

    /**
     * The year a person wrote: four digits, from {@link #FIRST_YEAR} to {@link #LAST_YEAR}.
     *
     * @throws InvalidInputException naming {@code field} otherwise
     */
    public static int parse(String text, String field) {
        String year = text == null ? "" : text.strip();
        if (!year.matches("[0-9]{4}") || Integer.parseInt(year) < FIRST_YEAR || Integer.parseInt(year) > LAST_YEAR) {
            throw new InvalidInputException(field, CalendarReason.CALENDAR_YEAR_OUT_OF_RANGE, FIRST_YEAR, LAST_YEAR);
        }
        return Integer.parseInt(year);
    }

    /** A loaded year of these days, each date once. */
    public static CalendarYear of(int year, Collection<SpecialDay> days) {
        Map<LocalDate, SpecialDay> byDate = new TreeMap<>();
        for (SpecialDay day : days) {
            if (byDate.put(day.date(), day) != null) {
                throw new IllegalArgumentException(day.date() + " is listed twice");
            }
        }
        return new CalendarYear(year, byDate, true);
    }

    /** What the calendar lists of a day of this year, if anything. */
    public Optional<SpecialDay> special(LocalDate date) {
        return Optional.ofNullable(days.get(date));
    }

    /** Whether people work on a day of this year. */
    public boolean working(LocalDate date) {
        SpecialDay special = days.get(date);
        return special == null ? !SpecialDay.isWeekend(date) : special.working();
    }

    /** Working hours of a day of this year: 8, 7 on a shortened day, 0 on a day off. */
    public int hours(LocalDate date) {
        SpecialDay special = days.get(date);
        if (special == null) {
            return SpecialDay.isWeekend(date) ? 0 : DayKind.FULL_DAY_HOURS;
        }
        return special.kind().hours();
    }

    /** How many working days the year has. */
    public int workingDays() {
        int count = 0;
        for (LocalDate day = LocalDate.of(year, 1, 1); day.getYear() == year; day = day.plusDays(1)) {
            count += working(day) ? 1 : 0;
        }
        return count;
    }

    /** How many working hours the year has (a 40-hour week). */
    public int workingHours() {
        int hours = 0;
        for (int d = 1; d <= Year.of(year).length(); d++) {
            hours += hours(LocalDate.ofYearDay(year, d));
        }
        return hours;
    }

    /** The listed days in date order. */
    public List<SpecialDay> listed() {
        return List.copyOf(days.values());
    }
}
