package org.artofthepossible.toolkit.search.internal;

import java.util.Locale;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.en.PorterStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;

/** The analyzers of the index: one for the text of each language, one for spelling suggestions. */
final class Analyzers {
    private Analyzers() {}

    /**
     * The analyzer of a locale's text: English stemmed (Porter), its few common stop words dropped;
     * Welsh with its mutations folded ({@link WelshMutationFilter}); any other language split and
     * lower-cased. Accents are folded after the language's own filters, so "cafe" finds "café".
     */
    static Analyzer text(Locale locale) {
        return switch (locale.getLanguage()) {
            case "en" -> new English();
            case "cy" -> new Welsh();
            default -> new Plain();
        };
    }

    /** Whole words, lower-cased and folded: the dictionary spelling suggestions come from. */
    static Analyzer words() {
        return new Plain();
    }

    private static final class English extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            TokenStream stream = new EnglishPossessiveFilter(source);
            stream = new LowerCaseFilter(stream);
            stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
            stream = new ASCIIFoldingFilter(stream);
            stream = new PorterStemFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class Welsh extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            TokenStream stream = new LowerCaseFilter(source);
            stream = new WelshMutationFilter(stream);
            stream = new ASCIIFoldingFilter(stream);
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }

    private static final class Plain extends Analyzer {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            var source = new StandardTokenizer();
            TokenStream stream = new ASCIIFoldingFilter(new LowerCaseFilter(source));
            return new TokenStreamComponents(source, stream);
        }

        @Override
        protected TokenStream normalize(String field, TokenStream in) {
            return new ASCIIFoldingFilter(new LowerCaseFilter(in));
        }
    }
}
