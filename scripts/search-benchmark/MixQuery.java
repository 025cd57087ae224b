import java.util.Map;

/** A query of the mix: what is typed, and the facet values clicked ({@code kind=INCOMING}). */
record MixQuery(String what, String q, Map<String, String> facets) {}
