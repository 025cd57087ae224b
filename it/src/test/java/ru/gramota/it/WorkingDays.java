package ru.gramota.it;

import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The server's production calendar as the tests read it (GET /api/v1/calendar/{year}): which days are worked. */
final class WorkingDays {

    private final Map<LocalDate, String> special = new HashMap<>();

    WorkingDays(Api caller) {
        for (int year = ServerTime.year() - 1; year <= ServerTime.year() + 1; year++) {
            for (JsonValue day : caller.get("/api/v1/calendar/" + year).json().getJsonArray("days")) {
                JsonObject d = day.asJsonObject();
                special.put(LocalDate.parse(d.getString("date")), d.getString("kind"));
            }
        }
    }

    boolean working(LocalDate date) {
        String kind = special.get(date);
        if ("WORKING_WEEKEND".equals(kind)) {
            return true;
        }
        boolean weekend = date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
        return !weekend && !"DAY_OFF".equals(kind);
    }

    /** The last working day on or before the date. */
    LocalDate onOrBefore(LocalDate date) {
        LocalDate day = date;
        while (!working(day)) {
            day = day.minusDays(1);
        }
        return day;
    }

    /** The working day {@code n} working days after the date. */
    LocalDate after(LocalDate date, int n) {
        LocalDate day = date;
        for (int left = n; left > 0; left--) {
            day = day.plusDays(1);
            while (!working(day)) {
                day = day.plusDays(1);
            }
        }
        return day;
    }
}
