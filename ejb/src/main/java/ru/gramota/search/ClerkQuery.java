package ru.gramota.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.QueryBuilder;
import ru.gramota.platform.InvalidInputException;

/**
 * The query language clerks type, read into a Lucene query. Words must all match, in any field and in
 * any form («договоров» finds «договор»); {@code "a phrase"} matches words in that order; {@code word*}
 * is a prefix, {@code word~} tolerates a typo; {@code -word} excludes; {@code номер:01-12/3} searches
 * one field by its Russian name ({@link SearchSchema.Field#word}), names there tolerating typos; {@code
 * дата:2026-01-01..2026-03-31} (or a day, a month {@code 2026-03}, a year, an open end) ranges dates. A
 * word that looks like a number (digits with {@code - / .}) also finds registration and sender numbers
 * that begin with it. Nothing a person types is a syntax error: an unknown field or a stray quote is
 * read as words. Only a query too long or too wordy to run, or a date the calendar does not have, is
 * refused.
 */
final class ClerkQuery {

    static final int MAX_LENGTH = 1000;
    static final int MAX_WORDS = 64;

    private static final Pattern NUMBER_LIKE =
            Pattern.compile("[\\p{L}\\p{N}]*\\p{N}[\\p{L}\\p{N}]*([-/.№][\\p{L}\\p{N}]*)+");
    private static final Pattern DATE_RANGE = Pattern.compile("([^.]*)\\.\\.([^.]*)");
    private static final float TITLE_BOOST = 2f;
    private static final float EXACT_NUMBER_BOOST = 8f;
    private static final float NUMBER_PREFIX_BOOST = 4f;

    private final Analyzer analyzer;
    private final QueryBuilder builder;

    ClerkQuery(Analyzer analyzer) {
        this.analyzer = analyzer;
        this.builder = new QueryBuilder(analyzer);
    }

    /** One thing typed: a word or phrase, possibly with a field and a minus. */
    record Part(String field, String text, boolean phrase, boolean excluded) {}

    /** The query for what was typed; blank, or only {@code *}, matches everything. */
    Query parse(String typed) {
        String text = typed == null ? "" : typed.strip();
        if (text.length() > MAX_LENGTH) {
            throw new InvalidInputException("q", SearchReason.QUERY_TOO_LONG, text.length(), MAX_LENGTH);
        }
        List<Part> parts = split(text);
        if (parts.size() > MAX_WORDS) {
            throw new InvalidInputException("q", SearchReason.QUERY_TOO_MANY_WORDS, parts.size(), MAX_WORDS);
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        boolean required = false;
        for (Part part : parts) {
            Optional<Query> clause = clause(part);
            if (clause.isPresent()) {
                query.add(clause.get(), part.excluded() ? Occur.MUST_NOT : Occur.MUST);
                required |= !part.excluded();
            }
        }
        if (!required) {
            query.add(new MatchAllDocsQuery(), Occur.MUST);
        }
        return query.build();
    }

    /** Splits what was typed into parts: quoted phrases, words, {@code field:value}, a leading minus. */
    static List<Part> split(String text) {
        List<Part> parts = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean excluded = false;
            if ((text.charAt(i) == '-' || text.charAt(i) == '+')
                    && i + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 1))) {
                excluded = text.charAt(i) == '-';
                i++;
            }
            String field = null;
            int end = i;
            while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                end++;
            }
            String word = text.substring(i, end);
            int colon = word.indexOf(':');
            if (colon > 0 && SearchSchema.Field.byWord(word.substring(0, colon)).isPresent()) {
                field = word.substring(0, colon);
                i += colon + 1;
                end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end)) && text.charAt(end) != '"') {
                    end++;
                }
            }
            if (end < text.length() && text.charAt(end) == '"' && end == i) {
                int close = text.indexOf('"', end + 1);
                String phrase = close < 0 ? text.substring(end + 1) : text.substring(end + 1, close);
                parts.add(new Part(field, phrase, close >= 0, excluded));
                i = close < 0 ? text.length() : close + 1;
                continue;
            }
            String value = text.substring(i, end);
            if (field == null && value.contains(":")) {
                for (String piece : value.split(":")) { // an unknown field: its name and value are words
                    if (!piece.isBlank()) {
                        parts.add(new Part(null, piece, false, excluded));
                    }
                }
            } else if (!value.isBlank()) {
                parts.add(new Part(field, value, false, excluded));
            }
            i = end < text.length() && text.charAt(end) == '"' ? end + 1 : end;
        }
        return parts;
    }

    private Optional<Query> clause(Part part) {
        if (part.field() == null) {
            return part.phrase() ? phrase(part.text()) : word(part.text());
        }
        SearchSchema.Field field = SearchSchema.Field.byWord(part.field()).orElseThrow();
        return switch (field.kind()) {
            case KEYWORD -> keyword(field, part.text());
            case TEXT -> text(field.fieldName(), part.text(), part.phrase());
            case NAME -> name(field.fieldName(), part.text(), part.phrase());
            case DATE -> Optional.of(dates(field, part.text()));
        };
    }

    private Optional<Query> phrase(String text) {
        Query all = builder.createPhraseQuery(SearchSchema.ALL, text);
        if (all == null) {
            return Optional.empty();
        }
        Query title = builder.createPhraseQuery(SearchSchema.Field.TITLE.fieldName(), text);
        return Optional.of(withTitle(all, title));
    }

    private Optional<Query> word(String word) {
        if (word.chars().allMatch(c -> c == '*')) {
            return Optional.empty();
        }
        boolean prefix = word.endsWith("*");
        boolean fuzzy = word.endsWith("~");
        String bare = word.replaceAll("[*~]+$", "");
        if (NUMBER_LIKE.matcher(bare).matches()) {
            return Optional.of(number(bare));
        }
        if (prefix && bare.length() >= 2) {
            BytesRef normal = analyzer.normalize(SearchSchema.ALL, bare);
            return Optional.of(new PrefixQuery(new Term(SearchSchema.ALL, normal)));
        }
        if (fuzzy) {
            return fuzzy(SearchSchema.ALL, bare);
        }
        Query all = builder.createPhraseQuery(SearchSchema.ALL, bare);
        if (all == null) {
            return Optional.empty(); // a stop word, or only punctuation
        }
        return Optional.of(withTitle(all, builder.createPhraseQuery(SearchSchema.Field.TITLE.fieldName(), bare)));
    }

    private static Query withTitle(Query all, Query title) {
        if (title == null) {
            return all;
        }
        return new BooleanQuery.Builder()
                .add(all, Occur.MUST)
                .add(new BoostQuery(title, TITLE_BOOST), Occur.SHOULD)
                .build();
    }

    /** A registration or sender number, exact or its beginning, or the same characters in the text. */
    private Query number(String typed) {
        String value = SearchSchema.keyword(typed);
        BooleanQuery.Builder any = new BooleanQuery.Builder();
        for (SearchSchema.Field field : List.of(SearchSchema.Field.NUMBER, SearchSchema.Field.SENDER_NUMBER)) {
            any.add(
                    new BoostQuery(new TermQuery(new Term(field.fieldName(), value)), EXACT_NUMBER_BOOST),
                    Occur.SHOULD);
            any.add(
                    new BoostQuery(new PrefixQuery(new Term(field.fieldName(), value)), NUMBER_PREFIX_BOOST),
                    Occur.SHOULD);
        }
        Query text = builder.createPhraseQuery(SearchSchema.ALL, typed);
        if (text != null) {
            any.add(text, Occur.SHOULD);
        }
        return any.build();
    }

    private Optional<Query> keyword(SearchSchema.Field field, String typed) {
        String bare = typed.replaceAll("\\*+$", "");
        if (bare.isBlank()) {
            return Optional.empty();
        }
        String value = SearchSchema.keyword(bare);
        boolean prefix = typed.endsWith("*")
                || field == SearchSchema.Field.NUMBER
                || field == SearchSchema.Field.SENDER_NUMBER
                || field == SearchSchema.Field.CASE;
        Term term = new Term(field.fieldName(), value);
        if (!prefix) {
            return Optional.of(new TermQuery(term));
        }
        return Optional.of(new BooleanQuery.Builder()
                .add(new BoostQuery(new TermQuery(term), EXACT_NUMBER_BOOST), Occur.SHOULD)
                .add(new PrefixQuery(term), Occur.SHOULD)
                .build());
    }

    private Optional<Query> text(String field, String typed, boolean phrase) {
        return Optional.ofNullable(
                phrase
                        ? builder.createPhraseQuery(field, typed)
                        : builder.createBooleanQuery(field, typed, Occur.MUST));
    }

    /** Words of a name: each as typed or with one or two letters wrong (Иванову, Иваноф). */
    private Optional<Query> name(String field, String typed, boolean phrase) {
        if (phrase) {
            return text(field, typed, true);
        }
        return fuzzy(field, typed);
    }

    private Optional<Query> fuzzy(String field, String typed) {
        List<String> terms = terms(field, typed);
        if (terms.isEmpty()) {
            return Optional.empty();
        }
        BooleanQuery.Builder all = new BooleanQuery.Builder();
        for (String term : terms) {
            all.add(
                    new BooleanQuery.Builder()
                            .add(new BoostQuery(new TermQuery(new Term(field, term)), 2f), Occur.SHOULD)
                            .add(new FuzzyQuery(new Term(field, term), term.length() > 5 ? 2 : 1), Occur.SHOULD)
                            .build(),
                    Occur.MUST);
        }
        return Optional.of(all.build());
    }

    private List<String> terms(String field, String typed) {
        List<String> terms = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream(field, typed)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                terms.add(term.toString());
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot analyse " + typed, e);
        }
        return terms;
    }

    /** A day, a month, a year, or a range {@code from..to} with either end open. */
    private static Query dates(SearchSchema.Field field, String typed) {
        Matcher range = DATE_RANGE.matcher(typed);
        LocalDate from;
        LocalDate to;
        if (range.matches()) {
            from = range.group(1).isBlank() ? LocalDate.MIN : first(range.group(1), typed);
            to = range.group(2).isBlank() ? LocalDate.MAX : last(range.group(2), typed);
        } else {
            from = first(typed, typed);
            to = last(typed, typed);
        }
        if (to.isBefore(from)) {
            return new MatchNoDocsQuery("the range ends before it begins: " + typed);
        }
        return LongPoint.newRangeQuery(field.fieldName(), from.toEpochDay(), to.toEpochDay());
    }

    private static LocalDate first(String value, String typed) {
        return bound(value.strip(), typed, true);
    }

    private static LocalDate last(String value, String typed) {
        return bound(value.strip(), typed, false);
    }

    private static LocalDate bound(String value, String typed, boolean first) {
        try {
            if (value.matches("\\d{4}")) {
                int year = Integer.parseInt(value);
                return first ? LocalDate.of(year, 1, 1) : LocalDate.of(year, 12, 31);
            }
            if (value.matches("\\d{4}-\\d{2}")) {
                YearMonth month = YearMonth.parse(value);
                return first ? month.atDay(1) : month.atEndOfMonth();
            }
            if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
                return LocalDate.parse(value);
            }
        } catch (DateTimeException e) {
            // falls through to the refusal
        }
        throw new InvalidInputException("q", SearchReason.QUERY_DATE_INVALID, typed);
    }
}
