package ru.gramota.search;

import java.util.regex.Pattern;
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
 * The analyzers of the search index, defined in one place. Russian text is lower-cased, ё is folded
 * into е (so that «Фёдоров» and «Федоров» meet), stop words are dropped and words are reduced to their
 * stem by the Snowball Russian stemmer: a query for «договоров» finds «договор».
 */
final class RussianAnalysis {

    private static final Pattern YO = Pattern.compile("ё");

    private RussianAnalysis() {}

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
}
