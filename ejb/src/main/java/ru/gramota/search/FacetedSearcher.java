package ru.gramota.search;

import java.io.IOException;
import java.util.logging.Logger;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;

/**
 * A searcher with the facet state of its reader, built once per refresh rather than once per query.
 */
final class FacetedSearcher extends IndexSearcher {

    private static final Logger LOG = Logger.getLogger(FacetedSearcher.class.getName());

    private final SortedSetDocValuesReaderState facets;

    private FacetedSearcher(IndexReader reader) throws IOException {
        super(reader);
        this.facets = facetState(reader);
    }

    private static SortedSetDocValuesReaderState facetState(IndexReader reader) throws IOException {
        try {
            return new DefaultSortedSetDocValuesReaderState(reader, RecordDocuments.facetsConfig());
        } catch (IllegalArgumentException e) {
            LOG.fine(() -> "No facets in this reader yet: " + e.getMessage());
            return null;
        }
    }

    /** The facet state, or null while the index holds no record with a facet. */
    SortedSetDocValuesReaderState facets() {
        return facets;
    }

    /** What the searcher manager builds its searchers with. */
    static final class Factory extends SearcherFactory {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previousReader) throws IOException {
            return new FacetedSearcher(reader);
        }
    }
}
