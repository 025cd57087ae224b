package ru.gramota.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class SearchSchemaTest {

    private final Analyzer analyzer = SearchSchema.russianText();

    @Test
    void inflectedFormsOfAWordShareOneStem() throws IOException {
        assertEquals(terms("договор"), terms("договоров"));
        assertEquals(terms("договор"), terms("Договорами"));
    }

    @Test
    void yoIsFoldedIntoYe() throws IOException {
        assertEquals(terms("Федоров"), terms("Фёдоров"));
    }

    @Test
    void stopWordsAreDropped() throws IOException {
        assertEquals(terms("обращение гражданина"), terms("обращение от гражданина"));
    }

    private List<String> terms(String text) throws IOException {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("body", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        }
        return terms;
    }
}
