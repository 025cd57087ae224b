package ru.gramota.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;

/**
 * Turns an {@link IndexRecord} into the Lucene document the index keeps, and tells what a stored
 * document shows: the one place that knows how each kind of field is indexed ({@link
 * SearchSchema.Kind}).
 */
final class RecordDocuments {

    static final String SHOWN_NUMBER = "shown_number";
    static final String SHOWN_TITLE = "shown_title";
    static final String SHOWN_DATE = "shown_date";
    static final String FILE_NAME = "file_name";

    private static final FacetsConfig FACETS = new FacetsConfig();

    private RecordDocuments() {}

    /** The stored field that shows a record's value of a facet. */
    static String shown(SearchSchema.Facet facet) {
        return "shown_" + facet.dimension();
    }

    static FacetsConfig facetsConfig() {
        return FACETS;
    }

    static Document of(IndexRecord record) {
        Document document = new Document();
        document.add(new StringField(SearchSchema.KEY, record.key(), Field.Store.YES));
        document.add(new StringField(SearchSchema.ENTITY_TYPE, record.entityType(), Field.Store.YES));
        document.add(new StoredField(SearchSchema.ENTITY_ID, record.entityId()));
        document.add(new NumericDocValuesField(SearchSchema.ENTITY_ID, record.entityId()));
        document.add(new StoredField(SHOWN_NUMBER, record.number()));
        document.add(new StoredField(SHOWN_TITLE, record.title()));
        if (record.date() != null) {
            long day = record.date().toEpochDay();
            document.add(new StoredField(SHOWN_DATE, record.date().toString()));
            document.add(new NumericDocValuesField(SearchSchema.SORT_DATE, day));
        } else {
            document.add(new NumericDocValuesField(SearchSchema.SORT_DATE, Long.MIN_VALUE));
        }
        record.readers().forEach(key -> document.add(new StringField(SearchSchema.READERS, key, Field.Store.NO)));
        for (Map.Entry<SearchSchema.Field, List<String>> values :
                record.values().entrySet()) {
            SearchSchema.Field field = values.getKey();
            for (String value : values.getValue()) {
                add(document, field, value);
            }
        }
        for (Map.Entry<SearchSchema.Field, LocalDate> date : record.dates().entrySet()) {
            document.add(
                    new LongPoint(date.getKey().fieldName(), date.getValue().toEpochDay()));
        }
        for (IndexRecord.File file : record.files()) {
            document.add(new StoredField(FILE_NAME, file.name()));
            document.add(new TextField(SearchSchema.Field.FILE_TEXT.fieldName(), file.text(), Field.Store.YES));
            document.add(new TextField(SearchSchema.ALL, file.text(), Field.Store.NO));
        }
        record.facets().forEach((facet, value) -> {
            document.add(new SortedSetDocValuesFacetField(facet.dimension(), value));
            document.add(new StoredField(shown(facet), value));
        });
        try {
            return FACETS.build(document);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot build the facets of " + record.key(), e);
        }
    }

    private static void add(Document document, SearchSchema.Field field, String value) {
        String name = field.fieldName();
        switch (field.kind()) {
            case KEYWORD -> {
                document.add(new StringField(name, SearchSchema.keyword(value), Field.Store.NO));
                document.add(new TextField(SearchSchema.ALL, value, Field.Store.NO));
            }
            case TEXT, NAME -> {
                document.add(new TextField(name, value, Field.Store.NO));
                document.add(new TextField(SearchSchema.ALL, value, Field.Store.NO));
            }
            case DATE -> throw new IllegalArgumentException(field + " is a date");
        }
    }
}
