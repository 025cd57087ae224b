package ru.gramota.calendar;

import java.util.Arrays;
import java.util.Optional;

/**
 * What a production calendar says of a day that differs from an ordinary week: the codes are those of
 * the widely used public production-calendar XML ({@code t="1|2|3"}), the names those of our CSV.
 */
public enum DayKind {
    /** A non-working day on a weekday or a weekend: a holiday, or a day off moved here. */
    DAY_OFF(1, "day-off", 0),
    /** A working day one hour shorter: the one before a holiday (Labour Code, article 95). */
    SHORTENED(2, "shortened", 7),
    /** A Saturday or Sunday worked, in exchange for a day off moved elsewhere. */
    WORKING_WEEKEND(3, "working-weekend", 8);

    /** Hours of an ordinary working day (a 40-hour, five-day week). */
    public static final int FULL_DAY_HOURS = 8;

    private final int code;
    private final String csvName;
    private final int hours;

    DayKind(int code, String csvName, int hours) {
        this.code = code;
        this.csvName = csvName;
        this.hours = hours;
    }

    /** The {@code t} of the public XML format. */
    public int code() {
        return code;
    }

    /** How the CSV names it. */
    public String csvName() {
        return csvName;
    }

    /** Working hours of such a day. */
    public int hours() {
        return hours;
    }

    static Optional<DayKind> ofCode(String code) {
        return Arrays.stream(values())
                .filter(kind -> Integer.toString(kind.code).equals(code))
                .findFirst();
    }

    static Optional<DayKind> ofCsvName(String name) {
        return Arrays.stream(values()).filter(kind -> kind.csvName.equals(name)).findFirst();
    }
}
