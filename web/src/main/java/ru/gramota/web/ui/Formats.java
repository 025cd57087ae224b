package ru.gramota.web.ui;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import ru.gramota.platform.BusinessTime;
import ru.gramota.registry.DocumentKind;
import ru.gramota.registry.NumberPattern;
import ru.gramota.registry.PlainRequisite;
import ru.gramota.registry.service.RegistrationCard;

/** Dates, times, sizes and kinds of document as the pages show them: Russian order, the region's time zone. */
@Named
@ApplicationScoped
public class Formats {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd.MM.yyyy");
    private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm");

    @Inject
    private BusinessTime time;

    public String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    public String dateTime(Instant instant) {
        return instant == null ? "" : DATE_TIME.format(instant.atZone(time.zone()));
    }

    /**
     * The plain requisites a card has, in words, in the catalogue's order: what the card page and
     * the printed card show of them.
     */
    public List<PlainText> plainRequisites(RegistrationCard card) {
        return Arrays.stream(PlainRequisite.values())
                .filter(r -> card.values().get(r) != null)
                .map(r -> new PlainText(r.field(), r.label(), text(card.values().get(r))))
                .toList();
    }

    /** A plain requisite in words: its field (the element's id on the page), label and value. */
    public record PlainText(String field, String label, String text) {}

    private String text(Object value) {
        return value instanceof LocalDate date ? date(date) : value.toString();
    }

    /** A kind of document by its Russian name. */
    public String kind(String kind) {
        return kind == null ? "" : DocumentKind.valueOf(kind).russianName();
    }

    /** An example of a journal's numbers, instead of its pattern: the year's first number. */
    public String exampleNumber(String pattern) {
        return pattern == null ? "" : NumberPattern.example(pattern, time.year());
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
