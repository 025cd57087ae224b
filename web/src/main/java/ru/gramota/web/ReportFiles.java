package ru.gramota.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import ru.gramota.control.Discipline;
import ru.gramota.control.RegistrationReport;

/**
 * Control's reports as files people open in a spreadsheet: CSV (UTF-8 with a byte order mark and
 * semicolons, as Excel in a Russian locale reads it) and XLSX (numbers as numbers, a bold header).
 * The API and the pages download the same files.
 */
public final class ReportFiles {

    public static final String CSV = "text/csv; charset=UTF-8";
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private ReportFiles() {}

    /** A table: its header and rows of text and numbers. */
    public record Table(String title, List<String> header, List<List<Object>> rows) {}

    public static Table of(Discipline report) {
        List<List<Object>> rows = new ArrayList<>();
        for (Discipline.Row r : report.rows()) {
            rows.add(row(r));
        }
        rows.add(row(report.total()));
        return new Table(
                "Исполнительская дисциплина " + report.organisationCode() + " " + report.from() + " – " + report.to(),
                List.of(
                        report.by() == Discipline.By.EXECUTOR ? "Исполнитель" : "Подразделение",
                        "Исполнено в срок",
                        "Исполнено с нарушением срока",
                        "Просрочено, не исполнено",
                        "На исполнении",
                        "Всего",
                        "Доля в срок, %"),
                rows);
    }

    private static List<Object> row(Discipline.Row r) {
        List<Object> row =
                new ArrayList<>(List.of(r.name(), r.onTime(), r.late(), r.overdue(), r.inProgress(), r.total()));
        row.add(r.shareOnTime());
        return row;
    }

    public static Table of(RegistrationReport report) {
        List<List<Object>> rows = new ArrayList<>();
        for (RegistrationReport.Row r : report.rows()) {
            List<Object> row =
                    new ArrayList<>(List.of(r.journal(), r.kind(), r.month(), r.registered(), r.onControl()));
            row.add(r.shareOnControl());
            rows.add(row);
        }
        return new Table(
                "Регистрация документов " + report.organisationCode() + " " + report.year(),
                List.of("Журнал", "Вид", "Месяц", "Зарегистрировано", "Поставлено на контроль", "Доля на контроле, %"),
                rows);
    }

    public static byte[] csv(Table table) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        bytes.write(0xEF);
        bytes.write(0xBB);
        bytes.write(0xBF);
        try (CSVPrinter printer = new CSVPrinter(
                new OutputStreamWriter(bytes, StandardCharsets.UTF_8),
                CSVFormat.DEFAULT
                        .builder()
                        .setDelimiter(';')
                        .setRecordSeparator("\r\n")
                        .get())) {
            printer.printRecord(table.header());
            for (List<Object> row : table.rows()) {
                printer.printRecord(row.stream()
                        .map(v -> v == null ? "" : v.toString().replace('.', ','))
                        .toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    public static byte[] xlsx(Table table) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream bytes = new ByteArrayOutputStream()) {
            Sheet sheet = workbook.createSheet("Отчёт");
            CellStyle bold = workbook.createCellStyle();
            Font font = workbook.createFont();
            font.setBold(true);
            bold.setFont(font);
            sheet.createRow(0).createCell(0).setCellValue(table.title());
            Row header = sheet.createRow(2);
            for (int i = 0; i < table.header().size(); i++) {
                Cell cell = header.createCell(i);
                cell.setCellValue(table.header().get(i));
                cell.setCellStyle(bold);
            }
            int line = 3;
            for (List<Object> values : table.rows()) {
                Row row = sheet.createRow(line++);
                for (int i = 0; i < values.size(); i++) {
                    Object value = values.get(i);
                    if (value instanceof Number number) {
                        row.createCell(i).setCellValue(number.doubleValue());
                    } else if (value != null) {
                        row.createCell(i).setCellValue(value.toString());
                    }
                }
            }
            sheet.setColumnWidth(0, 40 * 256);
            workbook.write(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
