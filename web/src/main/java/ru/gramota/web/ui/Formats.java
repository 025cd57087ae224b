package ru.gramota.web.ui;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import ru.gramota.registry.service.Desk;

/** Dates, times and sizes as the pages show them: Russian order, the region's time zone. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @EJB
    private Desk desk;

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(desk.zone()));
    }

    /** A file's size in bytes, kilobytes or megabytes. */
    public String size(long bytes) {
        if (bytes < 1024) {
            return bytes + " Б";
        }
        if (bytes < 1024 * 1024) {
            return (bytes / 1024) + " КБ";
        }
        return String.format(Locale.forLanguageTag("ru"), "%.1f МБ", bytes / (1024.0 * 1024));
    }
}
