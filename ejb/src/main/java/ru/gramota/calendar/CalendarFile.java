package ru.gramota.calendar;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import ru.gramota.files.FileReason;
import ru.gramota.platform.CommonReason;
import ru.gramota.platform.CsvUploads;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.RowError;

/**
 * Reads a year's production calendar from a file, strictly: the widely used public XML format
 * ({@code <calendar year="2026"><holidays>…</holidays><days><day d="01.01" t="1" h="1"/>…}, any
 * encoding its declaration names, no DOCTYPE) or our CSV in UTF-8 ({@code date;kind;holiday;moved_from},
 * ISO dates, kinds {@code day-off}, {@code shortened}, {@code working-weekend}). A file with a bad day
 * is refused with every bad day and its line; nothing of it is taken.
 */
final class CalendarFile {

    static final List<String> COLUMNS = List.of("date", "kind", "holiday", "moved_from");

    /** The longest name of a holiday kept. */
    static final int HOLIDAY_LENGTH = 200;

    private static final DateTimeFormatter MONTH_DAY =
            DateTimeFormatter.ofPattern("MM.dd.uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final int year;
    private final List<RowError> errors = new ArrayList<>();
    private final Map<LocalDate, Long> lines = new HashMap<>();
    private final List<SpecialDay> days = new ArrayList<>();

    private CalendarFile(int year) {
        this.year = year;
    }

    /** The calendar of {@code year} in {@code content}. */
    static CalendarYear read(int year, byte[] content) {
        CalendarFile file = new CalendarFile(year);
        if (looksLikeXml(content)) {
            file.readXml(content);
        } else {
            file.readCsv(utf8(content));
        }
        if (!file.errors.isEmpty()) {
            throw new InvalidRowsException(file.errors);
        }
        if (file.days.stream().noneMatch(day -> day.kind() == DayKind.DAY_OFF)) {
            throw new InvalidInputException("file", CalendarReason.CALENDAR_NO_DAYS_OFF);
        }
        return CalendarYear.of(year, file.days);
    }

    private static boolean looksLikeXml(byte[] content) {
        for (byte b : content) {
            if (b == '<') {
                return true;
            }
            if (!Character.isWhitespace(b) && (b & 0xFF) != 0xEF && (b & 0xFF) != 0xBB && (b & 0xFF) != 0xBF) {
                return false;
            }
        }
        return false;
    }

    private static String utf8(byte[] content) {
        try {
            String text = StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(content))
                    .toString();
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (CharacterCodingException e) {
            throw new InvalidInputException("file", FileReason.FILE_NOT_UTF8);
        }
    }

    private void readXml(byte[] content) {
        XMLInputFactory factory = XMLInputFactory.newFactory();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        Map<String, String> holidays = new HashMap<>();
        List<XmlDay> listed = new ArrayList<>();
        try {
            XMLStreamReader xml = factory.createXMLStreamReader(new ByteArrayInputStream(content));
            boolean root = true;
            while (xml.hasNext()) {
                int event = xml.next();
                if (event == XMLStreamConstants.DTD) {
                    throw new InvalidInputException("file", CalendarReason.CALENDAR_XML_DOCTYPE);
                }
                if (event != XMLStreamConstants.START_ELEMENT) {
                    continue;
                }
                String element = xml.getLocalName();
                if (root) {
                    requireCalendarOfYear(xml);
                    root = false;
                } else if (element.equals("holiday")) {
                    holidays.put(xml.getAttributeValue(null, "id"), xml.getAttributeValue(null, "title"));
                } else if (element.equals("day")) {
                    listed.add(new XmlDay(
                            xml.getLocation().getLineNumber(),
                            xml.getAttributeValue(null, "d"),
                            xml.getAttributeValue(null, "t"),
                            xml.getAttributeValue(null, "h"),
                            xml.getAttributeValue(null, "f")));
                }
            }
        } catch (XMLStreamException e) {
            throw new InvalidInputException("file", CalendarReason.CALENDAR_FILE_UNREADABLE, e.getMessage());
        }
        for (XmlDay day : listed) {
            LocalDate date = monthDay(day.line(), "d", day.d());
            Optional<DayKind> kind = kind(day.line(), "t", day.t(), DayKind.ofCode(day.t()), "1, 2, 3");
            String holiday = null;
            if (day.h() != null) {
                holiday = holidays.get(day.h());
                if (holiday == null) {
                    errors.add(new RowError(day.line(), "h", CalendarReason.CALENDAR_HOLIDAY_UNDECLARED, day.h()));
                }
            }
            LocalDate movedFrom = day.f() == null ? null : monthDay(day.line(), "f", day.f());
            if (date != null && kind.isPresent()) {
                add(day.line(), new String[] {"d", "f"}, date, kind.get(), holiday, movedFrom);
            }
        }
    }

    private record XmlDay(long line, String d, String t, String h, String f) {}

    private void requireCalendarOfYear(XMLStreamReader xml) {
        String stated = xml.getAttributeValue(null, "year");
        if (!xml.getLocalName().equals("calendar") || stated == null) {
            throw new InvalidInputException(
                    "file", CalendarReason.CALENDAR_FILE_UNREADABLE, "the root element must be <calendar year=\"…\">");
        }
        if (!stated.strip().equals(Integer.toString(year))) {
            throw new InvalidInputException("file", CalendarReason.CALENDAR_YEAR_DIFFERS, stated.strip(), year);
        }
    }

    private LocalDate monthDay(long line, String field, String value) {
        if (value == null || !value.matches("[0-9]{2}\\.[0-9]{2}")) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_DATE_IMPOSSIBLE, value, "MM.DD"));
            return null;
        }
        try {
            return LocalDate.parse(value + "." + year, MONTH_DAY);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_DATE_IMPOSSIBLE, value, "MM.DD"));
            return null;
        }
    }

    private Optional<DayKind> kind(long line, String field, String value, Optional<DayKind> kind, String allowed) {
        if (kind.isEmpty()) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_DAY_KIND_UNKNOWN, value, allowed));
        }
        return kind;
    }

    private void readCsv(String text) {
        try (CSVParser parser = CSVParser.parse(text, CsvUploads.formatOf(text).get())) {
            if (!parser.getHeaderMap().containsKey("date")
                    || !parser.getHeaderMap().containsKey("kind")) {
                throw new InvalidRowsException(
                        List.of(new RowError(1, "date, kind", CalendarReason.CALENDAR_COLUMNS_MISSING, COLUMNS)));
            }
            for (CSVRecord record : parser) {
                csvDay(record);
            }
        } catch (IOException | UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
            throw new InvalidInputException("file", CalendarReason.CALENDAR_FILE_UNREADABLE, e.getMessage());
        }
    }

    private void csvDay(CSVRecord record) {
        long line = record.getRecordNumber() + 1;
        LocalDate date = isoDate(line, "date", value(record, "date"));
        String kindName = value(record, "kind");
        Optional<DayKind> kind = kind(
                line,
                "kind",
                kindName,
                DayKind.ofCsvName(kindName == null ? "" : kindName),
                Arrays.stream(DayKind.values()).map(DayKind::csvName).collect(Collectors.joining(", ")));
        String moved = value(record, "moved_from");
        LocalDate movedFrom = moved == null ? null : isoDate(line, "moved_from", moved);
        if (date != null && kind.isPresent()) {
            add(line, new String[] {"date", "moved_from"}, date, kind.get(), value(record, "holiday"), movedFrom);
        }
    }

    private static String value(CSVRecord record, String column) {
        if (!record.isMapped(column) || !record.isSet(column)) {
            return null;
        }
        String value = record.get(column);
        return value.isBlank() ? null : value.strip();
    }

    private LocalDate isoDate(long line, String field, String value) {
        try {
            return LocalDate.parse(value == null ? "" : value);
        } catch (DateTimeParseException e) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_DATE_IMPOSSIBLE, value, "yyyy-MM-dd"));
            return null;
        }
    }

    /** Takes a day read from {@code line}; {@code fields} name its date and moved-from date in the file. */
    private void add(long line, String[] fields, LocalDate date, DayKind kind, String holiday, LocalDate movedFrom) {
        String field = fields[0];
        if (date.getYear() != year) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_DAY_OF_ANOTHER_YEAR, date, year));
            return;
        }
        Long first = lines.putIfAbsent(date, line);
        if (first != null) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_DAY_TWICE, date, first));
            return;
        }
        if (holiday != null && holiday.strip().length() > HOLIDAY_LENGTH) {
            errors.add(new RowError(line, "holiday", CommonReason.TOO_LONG, HOLIDAY_LENGTH));
        } else if (kind == DayKind.WORKING_WEEKEND && !SpecialDay.isWeekend(date)) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_WEEKDAY_NOT_WEEKEND, date));
        } else if (kind == DayKind.SHORTENED && SpecialDay.isWeekend(date)) {
            errors.add(new RowError(line, field, CalendarReason.CALENDAR_WEEKEND_SHORTENED, date));
        } else if (movedFrom != null && kind != DayKind.DAY_OFF) {
            errors.add(new RowError(line, fields[1], CalendarReason.CALENDAR_MOVED_FROM_NOT_DAY_OFF));
        } else {
            days.add(new SpecialDay(date, kind, holiday, movedFrom));
        }
    }
}
