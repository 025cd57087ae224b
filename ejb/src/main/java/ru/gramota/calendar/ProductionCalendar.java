package ru.gramota.calendar;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Working and non-working days across years: the loaded calendar of each year, and for a year nobody
 * loaded the Labour Code's ({@link LabourCode}), which {@link #loaded} tells apart so that
 * administrators can be warned. Immutable: a load makes a new one.
 */
public final class ProductionCalendar {

    /** How far back a search for a working day goes before it gives up: no calendar has a year off. */
    private static final int LONGEST_BREAK = 366;

    /** The month from which the next year's calendar is looked for. */
    private static final int NEXT_YEAR_WATCHED_FROM = 10;

    private final Map<Integer, CalendarYear> years;

    /** The Labour Code's years asked for so far: a walk over days would otherwise make one per day. */
    private final Map<Integer, CalendarYear> fallbacks = new ConcurrentHashMap<>();

    private ProductionCalendar(Map<Integer, CalendarYear> years) {
        this.years = years;
    }

    /** A calendar of these loaded years; the others fall back to the Labour Code. */
    public static ProductionCalendar of(Iterable<CalendarYear> loaded) {
        Map<Integer, CalendarYear> years = new TreeMap<>();
        for (CalendarYear year : loaded) {
            years.put(year.year(), year);
        }
        return new ProductionCalendar(years);
    }

    /** The year's calendar: loaded, or the Labour Code's. */
    public CalendarYear year(int year) {
        CalendarYear loaded = years.get(year);
        return loaded != null ? loaded : fallbacks.computeIfAbsent(year, LabourCode::year);
    }

    /** Whether a calendar was loaded for the year (otherwise its days are the Labour Code's only). */
    public boolean loaded(int year) {
        return years.containsKey(year);
    }

    /**
     * The years a deadline set on {@code today} may well fall in that have no loaded calendar: this
     * one, and from October, when the Government adopts the next year's decree, the next one too.
     */
    public List<Integer> notLoadedAround(LocalDate today) {
        List<Integer> missing = new ArrayList<>();
        if (!loaded(today.getYear())) {
            missing.add(today.getYear());
        }
        if (today.getMonthValue() >= NEXT_YEAR_WATCHED_FROM && !loaded(today.getYear() + 1)) {
            missing.add(today.getYear() + 1);
        }
        return missing;
    }

    /** Whether people work on the day. */
    public boolean working(LocalDate date) {
        return year(date.getYear()).working(date);
    }

    /** The day itself when it is a working day, otherwise the last working day before it. */
    public LocalDate workingDayOnOrBefore(LocalDate date) {
        LocalDate day = date;
        for (int i = 0; i <= LONGEST_BREAK; i++, day = day.minusDays(1)) {
            if (working(day)) {
                return day;
            }
        }
        throw new IllegalStateException("No working day in the year before " + date);
    }

    /** The working day {@code days} working days before {@code date} (1: the last working day before it). */
    public LocalDate workingDaysBefore(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days before a date are counted from 0, not " + days);
        }
        LocalDate day = date;
        for (int left = days; left > 0; ) {
            day = workingDayOnOrBefore(day.minusDays(1));
            left--;
        }
        return day;
    }

    /** The working day {@code days} working days after {@code date} (1: the next working day after it). */
    public LocalDate workingDaysAfter(LocalDate date, int days) {
        if (days < 0) {
            throw new IllegalArgumentException("Working days after a date are counted from 0, not " + days);
        }
        LocalDate day = date;
        for (int left = days; left > 0; left--) {
            day = day.plusDays(1);
            while (!working(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }

    /** Working days after {@code from} up to and including {@code to} (negative when {@code to} is before it). */
    public int workingDaysBetween(LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            return -workingDaysBetween(to, from);
        }
        int count = 0;
        for (LocalDate day = from.plusDays(1); !day.isAfter(to); day = day.plusDays(1)) {
            count += working(day) ? 1 : 0;
        }
        return count;
    }
}
