package ru.gramota.registry.search;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import ru.gramota.search.SearchSchema;

/**
 * What another feature keeps about registered documents that search finds them by (control of
 * execution: the assignments' texts, their reports and executors). Each such feature offers one as a
 * bean; a card's index record carries what they all give. A feature whose parts change makes the
 * document stale ({@code Change.reindexing(Documents.DOCUMENT, id)}) in the changing transaction.
 * Read in the caller's transaction, once for a batch of cards.
 */
public interface DocumentParts {

    /** For those of these documents that have any, the values their records add. */
    Map<Long, List<Value>> of(Collection<Long> documentIds);

    /** One value of a card's record: the field it goes into and its text. */
    record Value(SearchSchema.Field field, String text) {}
}
