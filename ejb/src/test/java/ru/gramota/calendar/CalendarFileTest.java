package ru.gramota.calendar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import ru.gramota.files.FileReason;
import ru.gramota.platform.FieldError;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.platform.InvalidRowsException;
import ru.gramota.platform.Reason;
import ru.gramota.platform.RowError;

/** Reading a year's calendar from the public XML and from our CSV, and refusing what is wrong in them. */
class CalendarFileTest {

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n";

    private static byte[] shared2026() throws IOException {
        return Files.readAllBytes(
                Path.of(System.getProperty("gramota.shared", "../../shared"), "calendar", "ru-2026.xml"));
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static String xml(int year, String days) {
        return HEAD + "<calendar year=\"" + year + "\" lang=\"ru\"><holidays><holiday id=\"1\" title=\"Новый год\"/>"
                + "</holidays><days>\n" + days + "</days></calendar>";
    }

    private static List<RowError> rowErrors(int year, String content) {
        return assertThrows(InvalidRowsException.class, () -> CalendarFile.read(year, utf8(content))).errors().stream()
                .map(RowError.class::cast)
                .toList();
    }

    private static Reason reasonOf(InvalidInputException e) {
        return ((FieldError) e.errors().get(0)).reason();
    }

    @Test
    void thePublished2026XmlIsTheDecreeOfDomainMd() throws IOException {
        CalendarYear read = CalendarFile.read(2026, shared2026());
        assertEquals(ProductionCalendarTest.decree2026().listed(), read.listed());
        assertEquals(247, read.workingDays());
    }

    @Test
    void xmlOfAnotherYearIsRefused() throws IOException {
        InvalidInputException e =
                assertThrows(InvalidInputException.class, () -> CalendarFile.read(2027, shared2026()));
        assertEquals(CalendarReason.CALENDAR_YEAR_DIFFERS, reasonOf(e));
    }

    @Test
    void aDoctypeIsRefusedAndNoEntityIsRead() {
        String xxe = HEAD + "<!DOCTYPE calendar [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                + "<calendar year=\"2026\"><days><day d=\"01.01\" t=\"1\" h=\"&x;\"/></days></calendar>";
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalendarFile.read(2026, utf8(xxe)));
        assertEquals(CalendarReason.CALENDAR_XML_DOCTYPE, reasonOf(e));
    }

    @Test
    void everyBadDayIsReportedWithItsLine() {
        List<RowError> errors = rowErrors(
                2026,
                xml(
                        2026,
                        "<day d=\"01.01\" t=\"1\" h=\"1\"/>\n" + "<day d=\"02.30\" t=\"1\"/>\n"
                                + "<day d=\"03.10\" t=\"4\"/>\n" + "<day d=\"01.01\" t=\"1\"/>\n"
                                + "<day d=\"04.01\" t=\"3\"/>\n" + "<day d=\"04.04\" t=\"2\"/>\n"
                                + "<day d=\"05.05\" t=\"1\" h=\"9\"/>\n"));
        assertEquals(
                List.of(
                        "4 d CALENDAR_DATE_IMPOSSIBLE",
                        "5 t CALENDAR_DAY_KIND_UNKNOWN",
                        "6 d CALENDAR_DAY_TWICE",
                        "7 d CALENDAR_WEEKDAY_NOT_WEEKEND",
                        "8 d CALENDAR_WEEKEND_SHORTENED",
                        "9 h CALENDAR_HOLIDAY_UNDECLARED"),
                errors.stream()
                        .map(e -> e.line() + " " + e.field() + " " + e.code())
                        .toList());
    }

    @Test
    void theTwentyNinthOfFebruaryExistsOnlyInALeapYear() {
        assertEquals(
                "CALENDAR_DATE_IMPOSSIBLE",
                rowErrors(2027, "date;kind\n2027-02-28;day-off\n2027-02-29;day-off\n")
                        .get(0)
                        .code());
        assertEquals(
                LocalDate.parse("2028-02-29"),
                CalendarFile.read(2028, utf8("date;kind\n2028-02-29;day-off\n"))
                        .listed()
                        .get(0)
                        .date());
    }

    @Test
    void xmlInWindows1251IsReadByItsDeclaration() {
        String text = "<?xml version=\"1.0\" encoding=\"windows-1251\"?>\n<calendar year=\"2027\"><holidays>"
                + "<holiday id=\"1\" title=\"Новогодние каникулы\"/></holidays><days><day d=\"01.01\" t=\"1\" h=\"1\"/>"
                + "</days></calendar>";
        CalendarYear read = CalendarFile.read(2027, text.getBytes(Charset.forName("windows-1251")));
        assertEquals("Новогодние каникулы", read.listed().get(0).holiday());
    }

    @Test
    void csvWithItsOptionalColumns() {
        CalendarYear read = CalendarFile.read(
                2027,
                utf8("\uFEFFdate;kind;holiday;moved_from\n2027-01-01;day-off;Новый год;\n"
                        + "2027-05-03;day-off;;2027-05-01\n2027-04-30;shortened;;\n2027-06-19;working-weekend;;\n"));
        assertEquals(4, read.listed().size());
        assertEquals(
                LocalDate.parse("2027-05-01"),
                read.special(LocalDate.parse("2027-05-03")).orElseThrow().movedFrom());
        assertEquals(true, read.working(LocalDate.parse("2027-06-19")));
    }

    @Test
    void csvRowsOfAnotherYearOrKindAreRefused() {
        assertEquals(
                List.of(
                        "2 date CALENDAR_DAY_OF_ANOTHER_YEAR", "3 kind CALENDAR_DAY_KIND_UNKNOWN",
                        "4 moved_from CALENDAR_DATE_IMPOSSIBLE", "5 moved_from CALENDAR_MOVED_FROM_NOT_DAY_OFF"),
                rowErrors(
                                2027,
                                "date;kind;moved_from\n2026-01-01;day-off;\n2027-01-02;holiday;\n"
                                        + "2027-01-03;day-off;3 May\n2027-01-04;shortened;2027-01-02\n")
                        .stream()
                        .map(e -> e.line() + " " + e.field() + " " + e.code())
                        .toList());
    }

    @Test
    void csvWithoutItsColumnsIsRefused() {
        assertEquals(
                "CALENDAR_COLUMNS_MISSING",
                rowErrors(2027, "day,type\n2027-01-01,1\n").get(0).code());
    }

    @Test
    void aFileWithNoDayOffIsRefused() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class, () -> CalendarFile.read(2027, utf8("date;kind\n2027-04-30;shortened\n")));
        assertEquals(CalendarReason.CALENDAR_NO_DAYS_OFF, reasonOf(e));
    }

    @Test
    void textThatIsNotUtf8IsRefused() {
        byte[] latin = "date;kind\n2027-01-01;day-off;Новый год\n".getBytes(Charset.forName("windows-1251"));
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> CalendarFile.read(2027, latin));
        assertEquals(FileReason.FILE_NOT_UTF8, reasonOf(e));
    }

    @Test
    void brokenXmlIsRefusedWithWhatIsWrong() {
        InvalidInputException e = assertThrows(
                InvalidInputException.class,
                () -> CalendarFile.read(2026, utf8(HEAD + "<calendar year=\"2026\"><days>")));
        assertEquals(CalendarReason.CALENDAR_FILE_UNREADABLE, reasonOf(e));
    }
}
