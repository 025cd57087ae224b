package ru.gramota.web.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.InvalidInputException;

/**
 * The one reading of the dates and instants the API accepts, in bodies and in query parameters
 * alike: ISO 8601 with a four-digit year between {@value #FIRST_YEAR} and {@value #LAST_YEAR}. The
 * ISO parsers of the JDK would take year 0000 (stored as 0001) and +99999; a registry has no use for
 * either, so they are refused rather than bent.
 */
final class IsoDates {

    static final int FIRST_YEAR = 1900;
    static final int LAST_YEAR = 2099;

    static final LocalDate FIRST = LocalDate.of(FIRST_YEAR, 1, 1);
    static final LocalDate LAST = LocalDate.of(LAST_YEAR, 12, 31);

    /** What the OpenAPI document states for a date: yyyy-MM-dd, four-digit year. */
    static final String DATE_PATTERN = "^\\d{4}-\\d{2}-\\d{2}$";

    private static final Pattern DATE = Pattern.compile(DATE_PATTERN);
    private static final Pattern INSTANT =
            Pattern.compile("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,9})?)?(Z|[+-]\\d{2}:\\d{2})");

    private IsoDates() {}

    /**
     * A calendar date written {@code yyyy-MM-dd}.
     *
     * @throws InvalidInputException naming the field when the text is not such a date, or is out of range
     */
    static LocalDate date(String value, String field) {
        LocalDate date;
        try {
            if (!DATE.matcher(value).matches()) {
                throw new InvalidInputException(field, CommonReason.NOT_A_DATE);
            }
            date = LocalDate.parse(value, DateTimeFormatter.ISO_LOCAL_DATE);
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, CommonReason.NOT_A_DATE);
        }
        if (date.isBefore(FIRST) || date.isAfter(LAST)) {
            throw new InvalidInputException(field, CommonReason.OUT_OF_RANGE, FIRST, LAST);
        }
        return date;
    }

    /**
     * An instant written as an ISO 8601 date and time with its offset ({@code Z} or {@code +03:00}),
     * or {@code null} for an absent or blank query parameter.
     *
     * @throws InvalidInputException naming the field when the text is not such an instant, or is out of range
     */
    static Instant instant(String value, String field) {
        if (value == null || value.isBlank()) {
            return null;
        }
        Instant instant;
        try {
            if (!INSTANT.matcher(value).matches()) {
                throw new InvalidInputException(field, CommonReason.NOT_AN_INSTANT);
            }
            instant = OffsetDateTime.parse(value, DateTimeFormatter.ISO_OFFSET_DATE_TIME)
                    .toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidInputException(field, CommonReason.NOT_AN_INSTANT);
        }
        Instant first = FIRST.atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant end = LAST.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        if (instant.isBefore(first) || !instant.isBefore(end)) {
            throw new InvalidInputException(field, CommonReason.OUT_OF_RANGE, first, end.minusSeconds(1));
        }
        return instant;
    }
}
