package ru.gramota.search;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.ru.RussianAnalyzer;
import org.apache.lucene.analysis.snowball.SnowballFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The search index's fields and analyzers, defined in one place. Russian text is lower-cased, ё is
 * folded into е (so that «Фёдоров» and «Федоров» meet), stop words are dropped and words are reduced to
 * their stem by the Snowball Russian stemmer: a query for «договоров» finds «договор». Keyword fields
 * (numbers, codes) keep their value whole, lower-cased, for exact and prefix matches.
 *
 * <p>Every searchable record, whatever its entity type, is one Lucene document with the fields of
 * {@link Field} it has; a new entity type adds the fields it needs here, with the word a clerk types
 * before a colon to search in it.
 */
public final class SearchSchema {

    /** The record's identity, {@code TYPE:id}: the term a record is replaced or removed by. */
    static final String KEY = "key";

    static final String ENTITY_TYPE = "entity_type";
    static final String ENTITY_ID = "entity_id";
    /** Every text and name of the record, analysed: what plain words of a query look in. */
    static final String ALL = "all";
    /** Who may read the record, as the access keys a source gives it ({@link ReaderKeys}). */
    static final String READERS = "readers";
    /** The record's date as a day number, for sorting and date ranges. */
    static final String SORT_DATE = "sort_date";

    /** How a field is indexed. */
    public enum Kind {
        /** Russian full text, stemmed. */
        TEXT,
        /** People's and organisations' names: full text, and typo-tolerant when searched by its field. */
        NAME,
        /** A value kept whole (a number, a code), found exactly or by prefix. */
        KEYWORD,
        /** A calendar date, found by ranges. */
        DATE
    }

    /** The fields records have, with the Russian word that names each in a query ({@code от:Иванов}). */
    public enum Field {
        NUMBER("number", Kind.KEYWORD, "номер"),
        SENDER_NUMBER("sender_number", Kind.KEYWORD, "исх"),
        TITLE("title", Kind.TEXT, "содержание"),
        TEXT("text", Kind.TEXT, "текст"),
        DOCUMENT_TYPE("document_type", Kind.TEXT, "вид"),
        CORRESPONDENT("correspondent", Kind.NAME, "от"),
        ADDRESSEE("addressee", Kind.NAME, "кому"),
        SIGNATORY("signatory", Kind.NAME, "подписал"),
        EXECUTOR("executor", Kind.NAME, "исполнитель"),
        CASE("case", Kind.KEYWORD, "дело"),
        KIND("kind", Kind.KEYWORD, "тип"),
        JOURNAL("journal", Kind.KEYWORD, "журнал"),
        ORGANISATION("organisation", Kind.KEYWORD, "организация"),
        STATUS("status", Kind.KEYWORD, "статус"),
        DATE("date", Kind.DATE, "дата"),
        SENDER_DATE("sender_date", Kind.DATE, "датаисх"),
        FILE_TEXT("file_text", Kind.TEXT, "файл"),
        CONTROL("control", Kind.TEXT, "поручение");

        private static final Map<String, Field> BY_WORD =
                Arrays.stream(values()).collect(Collectors.toUnmodifiableMap(f -> f.word, Function.identity()));

        private final String name;
        private final Kind kind;
        private final String word;

        Field(String name, Kind kind, String word) {
            this.name = name;
            this.kind = kind;
            this.word = word;
        }

        /** The Lucene field's name. */
        public String fieldName() {
            return name;
        }

        public Kind kind() {
            return kind;
        }

        /** The word a clerk types before a colon to search this field. */
        public String word() {
            return word;
        }

        /** The field a query's word names, whatever its case ({@code Номер}, {@code НОМЕР}). */
        public static Optional<Field> byWord(String word) {
            return Optional.ofNullable(BY_WORD.get(word.toLowerCase(Locale.ROOT).replace('ё', 'е')));
        }
    }

    /** The dimensions results are counted by. */
    public enum Facet {
        KIND("kind"),
        YEAR("year"),
        ORGANISATION("organisation"),
        STATUS("status"),
        JOURNAL("journal");

        private final String dimension;

        Facet(String dimension) {
            this.dimension = dimension;
        }

        public String dimension() {
            return dimension;
        }
    }

    private static final Pattern YO = Pattern.compile("ё");

    private SearchSchema() {}

    /** The analyzer for Russian full text, used both when indexing and when parsing queries. */
    public static Analyzer russianText() {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                StandardTokenizer tokenizer = new StandardTokenizer();
                TokenStream stream = new LowerCaseFilter(tokenizer);
                stream = new PatternReplaceFilter(stream, YO, "е", true);
                stream = new StopFilter(stream, RussianAnalyzer.getDefaultStopSet());
                stream = new SnowballFilter(stream, new RussianStemmer());
                return new TokenStreamComponents(tokenizer, stream);
            }

            @Override
            protected TokenStream normalize(String fieldName, TokenStream in) {
                return new PatternReplaceFilter(new LowerCaseFilter(in), YO, "е", true);
            }
        };
    }

    /** A keyword as the index keeps it: whole, lower-cased, ё as е, spaces trimmed. */
    public static String keyword(String value) {
        return value.strip().toLowerCase(Locale.ROOT).replace('ё', 'е');
    }
}
