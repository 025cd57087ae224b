package ru.gramota.platform;

import org.apache.commons.csv.CSVFormat;

/**
 * How the CSV files people upload are read, whichever feature takes them: the delimiter their header
 * line uses (';', as a Russian Excel writes it, or ',' when the header has no ';'), a header row that
 * names the columns, blank lines skipped, values trimmed.
 */
public final class CsvUploads {

    private CsvUploads() {}

    /** The format of {@code text}, its byte order mark removed: a builder, for a feature's own additions. */
    public static CSVFormat.Builder formatOf(String text) {
        int endOfHeader = text.indexOf('\n');
        String header = endOfHeader < 0 ? text : text.substring(0, endOfHeader);
        char delimiter = header.indexOf(';') < 0 && header.indexOf(',') >= 0 ? ',' : ';';
        return CSVFormat.DEFAULT
                .builder()
                .setDelimiter(delimiter)
                .setHeader()
                .setSkipHeaderRecord(true)
                .setIgnoreEmptyLines(true)
                .setTrim(true);
    }
}
