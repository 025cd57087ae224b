package ru.gramota.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.apache.lucene.document.Document;
import org.junit.jupiter.api.Test;
import ru.gramota.search.SearchResults.Snippet;

class SnippetsTest {

    private static final ClerkQuery QUERIES = new ClerkQuery(SearchSchema.russianText());

    private static Document stored(String title, String... files) {
        IndexRecord record = IndexRecord.of("DOCUMENT", 1).shown("1", title, LocalDate.of(2026, 3, 1));
        for (int i = 0; i < files.length; i++) {
            record.file("файл " + (i + 1) + ".pdf", files[i]);
        }
        return RecordDocuments.of(record);
    }

    @Test
    void theTitleAndTheMatchingFileShowTheWordsInAnyForm() {
        Document hit = stored(
                "Договор поставки учебников",
                "Счёт на оплату бумаги.",
                "Приложение. Акт сверки взаимных расчётов с подрядчиком. Подписи сторон.");

        List<Snippet> snippets = Snippets.of(hit, QUERIES.parse("договорами подрядчика"));

        assertEquals(
                List.of(
                        new Snippet(null, "<mark>Договор</mark> поставки учебников"),
                        new Snippet("файл 2.pdf", "Акт сверки взаимных расчётов с <mark>подрядчиком</mark>.")),
                snippets);
    }

    @Test
    void nothingMatchedShowsNoSnippet() {
        assertEquals(List.of(), Snippets.of(stored("Письмо", "Текст"), QUERIES.parse("договор")));
        assertEquals(List.of(), Snippets.of(stored("Письмо"), QUERIES.parse("")));
    }

    @Test
    void theTextIsEscapedAroundTheMarks() {
        List<Snippet> snippets = Snippets.of(stored("<b>Договор</b> & акт"), QUERIES.parse("договор"));

        assertEquals(
                "&lt;b&gt;<mark>Договор</mark>&lt;&#x2F;b&gt; &amp; акт",
                snippets.get(0).html());
    }
}
