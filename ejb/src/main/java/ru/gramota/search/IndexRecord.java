package ru.gramota.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What the index holds of one searchable record, as its {@link SearchSource} describes it: the
 * values of its fields ({@link SearchSchema.Field}), what a hit shows of it, the facets it is counted
 * under, its files' text, and the access keys of those who may read it ({@link ReaderKeys}). Blank
 * values are left out.
 *
 * <pre>{@code
 * IndexRecord.of("DOCUMENT", id).shown(number, title, date)
 *         .add(Field.CORRESPONDENT, "Министерство финансов")
 *         .facet(Facet.KIND, "INCOMING")
 *         .readers(keys);
 * }</pre>
 */
public final class IndexRecord {

    /** One attached file: its name and the text extracted from it. */
    public record File(String name, String text) {}

    private final String entityType;
    private final long entityId;
    private final Map<SearchSchema.Field, List<String>> values = new EnumMap<>(SearchSchema.Field.class);
    private final Map<SearchSchema.Field, LocalDate> dates = new EnumMap<>(SearchSchema.Field.class);
    private final Map<SearchSchema.Facet, String> facets = new EnumMap<>(SearchSchema.Facet.class);
    private final List<File> files = new ArrayList<>();
    private final Set<String> readers = new LinkedHashSet<>();
    private String number = "";
    private String title = "";
    private LocalDate date;

    private IndexRecord(String entityType, long entityId) {
        this.entityType = Objects.requireNonNull(entityType, "entityType");
        this.entityId = entityId;
    }

    public static IndexRecord of(String entityType, long entityId) {
        return new IndexRecord(entityType, entityId);
    }

    /**
     * What a hit shows: the record's number (empty when it has none), its title and its date (the date
     * results are sorted and ranged by).
     */
    public IndexRecord shown(String number, String title, LocalDate date) {
        this.number = number == null ? "" : number;
        this.title = title == null ? "" : title;
        this.date = date;
        return this;
    }

    /** Adds a value to a text, name or keyword field; blank values are left out. */
    public IndexRecord add(SearchSchema.Field field, String value) {
        if (field.kind() == SearchSchema.Kind.DATE) {
            throw new IllegalArgumentException(field + " is a date: use date(field, value)");
        }
        if (value != null && !value.isBlank()) {
            values.computeIfAbsent(field, f -> new ArrayList<>()).add(value);
        }
        return this;
    }

    /** Sets a date field. */
    public IndexRecord date(SearchSchema.Field field, LocalDate value) {
        if (field.kind() != SearchSchema.Kind.DATE) {
            throw new IllegalArgumentException(field + " is not a date");
        }
        if (value != null) {
            dates.put(field, value);
        }
        return this;
    }

    /** The value the record is counted under in a facet (a code, a year). */
    public IndexRecord facet(SearchSchema.Facet facet, String value) {
        if (value != null && !value.isBlank()) {
            facets.put(facet, value);
        }
        return this;
    }

    public IndexRecord file(String name, String text) {
        if (text != null && !text.isBlank()) {
            files.add(new File(name == null ? "" : name, text));
        }
        return this;
    }

    /** The access keys of those who may read the record; a record without any is found by nobody. */
    public IndexRecord readers(Set<String> keys) {
        readers.addAll(keys);
        return this;
    }

    public String entityType() {
        return entityType;
    }

    public long entityId() {
        return entityId;
    }

    String key() {
        return key(entityType, entityId);
    }

    static String key(String entityType, long entityId) {
        return entityType + ":" + entityId;
    }

    Map<SearchSchema.Field, List<String>> values() {
        return values;
    }

    Map<SearchSchema.Field, LocalDate> dates() {
        return dates;
    }

    Map<SearchSchema.Facet, String> facets() {
        return facets;
    }

    List<File> files() {
        return files;
    }

    Set<String> readers() {
        return readers;
    }

    String number() {
        return number;
    }

    String title() {
        return title;
    }

    LocalDate date() {
        return date;
    }
}
