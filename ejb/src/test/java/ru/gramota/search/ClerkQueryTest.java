package ru.gramota.search;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import ru.gramota.platform.InvalidInputException;
import ru.gramota.search.SearchSchema.Field;

/**
 * The clerks' query language over a small real index, built with the index's own documents and
 * analyzers: what each kind of query finds and what it does not.
 */
class ClerkQueryTest {

    private static final Set<String> CLERK = Set.of("registry:1");
    private static ByteBuffersDirectory directory;
    private static DirectoryReader reader;

    @BeforeAll
    static void index() throws IOException {
        directory = new ByteBuffersDirectory();
        try (IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchSchema.russianText()))) {
            add(
                    writer,
                    record(1, "01-12/345", "Договор поставки учебников", LocalDate.of(2026, 3, 10))
                            .add(Field.CORRESPONDENT, "Министерство образования")
                            .add(Field.SIGNATORY, "Фёдоров П. С.")
                            .add(Field.SENDER_NUMBER, "МО-77/2026"));
            add(
                    writer,
                    record(2, "01-12/4", "Об аренде помещения по договору", LocalDate.of(2026, 2, 1))
                            .add(Field.EXECUTOR, "Иванов Сергей Петрович")
                            .add(Field.ADDRESSEE, "Сидорова Анна"));
            add(
                    writer,
                    record(3, "02-01/7", "Учебников поставка задерживается", LocalDate.of(2025, 12, 30))
                            .file("акт.pdf", "Акт сверки взаимных расчётов с подрядчиком"));
            add(
                    writer,
                    record(4, "03-05/1", "Договор поставки бумаги", LocalDate.of(2026, 3, 11))
                            .readers(Set.of("registry:2")));
        }
        reader = DirectoryReader.open(directory);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    private static IndexRecord record(long id, String number, String title, LocalDate date) {
        IndexRecord record = IndexRecord.of("DOCUMENT", id)
                .shown(number, title, date)
                .add(Field.NUMBER, number)
                .add(Field.TITLE, title)
                .date(Field.DATE, date);
        return id == 4 ? record : record.readers(CLERK);
    }

    private static void add(IndexWriter writer, IndexRecord record) throws IOException {
        writer.addDocument(RecordDocuments.of(record));
    }

    private static List<Long> found(String typed) {
        return found(typed, CLERK);
    }

    private static List<Long> found(String typed, Set<String> keys) {
        Query query = Search.query(SearchRequest.of(typed), keys);
        IndexSearcher searcher = new IndexSearcher(reader);
        try {
            List<Long> ids = new ArrayList<>();
            for (ScoreDoc hit : searcher.search(query, 100).scoreDocs) {
                ids.add(searcher.storedFields()
                        .document(hit.doc)
                        .getField(SearchSchema.ENTITY_ID)
                        .numericValue()
                        .longValue());
            }
            return ids.stream().sorted().toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void everyFormOfAWordFindsTheOthers() {
        for (String form : List.of("договор", "договора", "договоров", "договорами", "ДОГОВОРУ")) {
            assertEquals(List.of(1L, 2L), found(form), form);
        }
    }

    @Test
    void allWordsMustMatch() {
        assertEquals(List.of(1L, 3L), found("поставка учебников"));
        assertEquals(List.of(1L), found("договор учебники"));
    }

    @Test
    void yoAndYeAreOneLetter() {
        assertEquals(List.of(1L), found("Федоров"));
        assertEquals(List.of(1L), found("подписал:фёдорова"));
    }

    @Test
    void aNumberIsFoundExactlyAndByItsBeginning() {
        assertEquals(List.of(1L), found("01-12/345"));
        assertEquals(List.of(1L), found("01-12/3"));
        assertEquals(List.of(1L, 2L), found("номер:01-12/"));
        assertEquals(List.of(1L), found("мо-77"), "the sender's number too, in any case");
        assertEquals(List.of(), found("01-12/5"));
    }

    @Test
    void aPhraseKeepsItsOrder() {
        assertEquals(List.of(1L), found("\"поставки учебников\""));
        assertEquals(List.of(3L), found("\"учебников поставка\""));
    }

    @Test
    void namesInTheirFieldTolerateATypo() {
        assertEquals(List.of(2L), found("исполнитель:Иваноф"));
        assertEquals(List.of(2L), found("исполнитель:Иванову"));
        assertEquals(List.of(2L), found("кому:Сидорова"));
        assertEquals(List.of(), found("исполнитель:Сидорова"), "the field is the executor's, not the addressee's");
        assertEquals(List.of(1L), found("министерсво~"));
    }

    @Test
    void aMinusExcludesAndAStarIsAPrefix() {
        assertEquals(List.of(1L), found("договор -аренды"));
        assertEquals(List.of(1L, 2L, 3L), found("-помидоры"));
        assertEquals(List.of(1L, 3L), found("учебн*"));
    }

    @Test
    void filesAreSearchedWithTheCard() {
        assertEquals(List.of(3L), found("сверки расчетов"));
        assertEquals(List.of(3L), found("файл:подрядчиком"));
    }

    @Test
    void datesAreRangedByDayMonthOrYear() {
        assertEquals(List.of(1L), found("дата:2026-03-10"));
        assertEquals(List.of(1L), found("дата:2026-03"));
        assertEquals(List.of(1L, 2L), found("дата:2026"));
        assertEquals(List.of(2L, 3L), found("дата:..2026-02-28"));
        assertEquals(List.of(1L, 2L), found("дата:2026-01-01.."));
        assertEquals(List.of(), found("дата:2026-03-31..2026-03-01"));
        InvalidInputException refused = assertThrows(InvalidInputException.class, () -> found("дата:2026-02-30"));
        assertEquals("QUERY_DATE_INVALID", refused.errors().get(0).code());
    }

    @Test
    void whatIsNotQuerySyntaxIsReadAsWords() {
        assertEquals(List.of(1L, 2L), found("\"договор"), "an unbalanced quote");
        assertEquals(List.of(1L, 2L), found("договор)"));
        assertEquals(List.of(1L, 3L), found("поставки:учебников"), "an unknown field name is a word");
        assertEquals(List.of(), found("цвет:учебников"), "…which must match like the others");
        assertEquals(List.of(1L, 2L, 3L), found("*"));
        assertEquals(List.of(1L, 2L, 3L), found(""));
        assertEquals(List.of(1L, 2L, 3L), found("((( ))) и в на"), "nothing to search for: everything readable");
        assertEquals(List.of(1L, 2L, 3L), found("номер:"), "a field with no value is nothing to search for");
    }

    @Test
    void aQueryTooLongOrTooWordyIsRefusedWithItsSize() {
        InvalidInputException tooLong =
                assertThrows(InvalidInputException.class, () -> found("а".repeat(ClerkQuery.MAX_LENGTH + 1)));
        assertEquals("QUERY_TOO_LONG", tooLong.errors().get(0).code());
        InvalidInputException tooMany =
                assertThrows(InvalidInputException.class, () -> found("слово ".repeat(ClerkQuery.MAX_WORDS + 1)));
        assertEquals("QUERY_TOO_MANY_WORDS", tooMany.errors().get(0).code());
    }

    @Test
    void aRecordIsFoundOnlyByThoseHoldingOneOfItsKeys() {
        assertEquals(List.of(1L, 2L), found("договор"));
        assertEquals(List.of(4L), found("договор", Set.of("registry:2", "user:9")));
        assertEquals(List.of(), found("договор", Set.of()));
        assertEquals(List.of(), found("*", Set.of("user:10")));
    }
}
