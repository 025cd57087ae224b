package ru.gramota.calendar;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The calendar of a year nobody loaded, from the Labour Code alone: Saturdays and Sundays, the fixed
 * non-working holidays of article 112, a weekend day that coincides with one of them moved to the
 * next working day (article 112, part 2; the January ones are moved only by the Government's decree,
 * so they are not), and the working day right before a holiday shortened by an hour (article 95).
 * The Government's decree for the year moves more days; administrators load it when it is adopted.
 */
final class LabourCode {

    /** The non-working holidays of article 112, part 1. */
    static final Map<MonthDay, String> HOLIDAYS = holidays();

    private LabourCode() {}

    private static Map<MonthDay, String> holidays() {
        Map<MonthDay, String> holidays = new LinkedHashMap<>();
        for (int day : new int[] {1, 2, 3, 4, 5, 6, 8}) {
            holidays.put(MonthDay.of(1, day), "Новогодние каникулы");
        }
        holidays.put(MonthDay.of(1, 7), "Рождество Христово");
        holidays.put(MonthDay.of(2, 23), "День защитника Отечества");
        holidays.put(MonthDay.of(3, 8), "Международный женский день");
        holidays.put(MonthDay.of(5, 1), "Праздник Весны и Труда");
        holidays.put(MonthDay.of(5, 9), "День Победы");
        holidays.put(MonthDay.of(6, 12), "День России");
        holidays.put(MonthDay.of(11, 4), "День народного единства");
        return Map.copyOf(holidays);
    }

    /** The year as the Labour Code alone makes it. */
    static CalendarYear year(int year) {
        Map<LocalDate, SpecialDay> days = new LinkedHashMap<>();
        HOLIDAYS.forEach((day, name) -> {
            LocalDate date = day.atYear(year);
            days.put(date, new SpecialDay(date, DayKind.DAY_OFF, name, null));
        });
        HOLIDAYS.keySet().stream()
                .map(day -> day.atYear(year))
                .filter(date -> date.getMonthValue() != 1 && SpecialDay.isWeekend(date))
                .sorted()
                .forEach(date -> {
                    LocalDate moved = date.plusDays(1);
                    while (SpecialDay.isWeekend(moved) || days.containsKey(moved)) {
                        moved = moved.plusDays(1);
                    }
                    days.put(moved, new SpecialDay(moved, DayKind.DAY_OFF, null, date));
                });
        LocalDate[] holidays =
                HOLIDAYS.keySet().stream().map(day -> day.atYear(year)).toArray(LocalDate[]::new);
        for (LocalDate holiday : holidays) {
            LocalDate before = holiday.minusDays(1);
            if (before.getYear() == year && !SpecialDay.isWeekend(before) && !days.containsKey(before)) {
                days.put(before, new SpecialDay(before, DayKind.SHORTENED, null, null));
            }
        }
        LocalDate newYearsEve = LocalDate.of(year, 12, 31);
        if (!SpecialDay.isWeekend(newYearsEve) && !days.containsKey(newYearsEve)) {
            days.put(newYearsEve, new SpecialDay(newYearsEve, DayKind.SHORTENED, null, null));
        }
        return new CalendarYear(year, days, false);
    }
}
