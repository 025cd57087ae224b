package ru.gramota.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.lucene.document.Document;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.search.uhighlight.WholeBreakIterator;

/**
 * The passages of a hit that show why it matched: its title, and the best passage of each file whose
 * text matched, with the file's name. Lucene's UnifiedHighlighter re-analyses the stored text with the
 * index's analyzer, so «договорами» in the query marks «договор» in the text. Each word of the query is
 * marked wherever it occurs, term by term rather than by the query's logic: a record matches with its
 * words spread over its title and files, so no one of them need hold all of them. HTML: the text is
 * escaped, the matches are in {@code <mark>}.
 */
final class Snippets {

    /** Files a hit shows passages of, at most. */
    static final int FILES = 3;
    /** How much of a file's text is looked through for a passage. */
    static final int LOOKED_THROUGH = 100_000;

    /** A file's best sentence. */
    private static final UnifiedHighlighter SENTENCES =
            highlighter(() -> BreakIterator.getSentenceInstance(Locale.forLanguageTag("ru")));

    /**
     * A title whole: a summary is one sentence, and the JDK's sentence iterator would cost a title as
     * much as the rest of its highlighting.
     */
    private static final UnifiedHighlighter WHOLE = highlighter(WholeBreakIterator::new);

    private Snippets() {}

    private static UnifiedHighlighter highlighter(Supplier<BreakIterator> passages) {
        return UnifiedHighlighter.builderWithoutSearcher(SearchSchema.russianText())
                .withFieldMatcher(field -> true)
                .withFormatter(new DefaultPassageFormatter("<mark>", "</mark>", " … ", true))
                .withBreakIterator(passages)
                .withMaxLength(LOOKED_THROUGH)
                .withMaxNoHighlightPassages(0)
                .withWeightMatches(false)
                .build();
    }

    /** The snippets of one stored hit for what was typed ({@code typed}, without the filters). */
    static List<SearchResults.Snippet> of(Document stored, Query typed) {
        List<SearchResults.Snippet> snippets = new ArrayList<>();
        String title = stored.get(RecordDocuments.SHOWN_TITLE);
        highlight(WHOLE, SearchSchema.Field.TITLE.fieldName(), typed, title)
                .ifPresent(html -> snippets.add(new SearchResults.Snippet(null, html)));
        String[] names = stored.getValues(RecordDocuments.FILE_NAME);
        String[] texts = stored.getValues(SearchSchema.Field.FILE_TEXT.fieldName());
        int files = 0;
        for (int i = 0; i < texts.length && files < FILES; i++) {
            Optional<String> html = highlight(SENTENCES, SearchSchema.Field.FILE_TEXT.fieldName(), typed, texts[i]);
            if (html.isPresent()) {
                snippets.add(new SearchResults.Snippet(i < names.length ? names[i] : "", html.get()));
                files++;
            }
        }
        return snippets;
    }

    private static Optional<String> highlight(UnifiedHighlighter highlighter, String field, Query typed, String text) {
        if (text == null || text.isEmpty()) {
            return Optional.empty();
        }
        try {
            Object html = highlighter.highlightWithoutSearcher(field, typed, text, 1);
            return html == null || !html.toString().contains("<mark>")
                    ? Optional.empty()
                    : Optional.of(html.toString().strip());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot highlight " + field, e);
        }
    }
}
