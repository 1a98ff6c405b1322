package org.artofthepossible.toolkit.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;

/**
 * Reads a visitor's words with Lucene's {@link SimpleQueryParser}, which never fails on any input:
 * phrases in quotes, {@code -} to leave out, {@code |} for either, {@code +} (the default) for all
 * that it can; prefix ({@code *}), fuzzy and proximity syntax are off, so such characters are only
 * part of words. Each word matches its analysed form in every text field, and, less strongly, forms
 * a letter or two off it ({@link FuzzyQuery} on the same analysed form), so that a typo still finds
 * the item.
 */
final class WordsQueryParser extends SimpleQueryParser {
    private static final int FLAGS =
            AND_OPERATOR
                    | NOT_OPERATOR
                    | OR_OPERATOR
                    | PHRASE_OPERATOR
                    | PRECEDENCE_OPERATORS
                    | ESCAPE_OPERATOR
                    | WHITESPACE_OPERATOR;

    /** How much a near miss counts beside an exact match. */
    private static final float NEAR_MISS = 0.3f;

    /** Words shorter than this match exactly: "bond" one letter off is too many other words. */
    private static final int SHORTEST_FUZZY = 5;

    /** The most indexed words one near miss may stand for. */
    private static final int FUZZY_EXPANSIONS = 16;

    private final IndexReader reader;

    WordsQueryParser(Analyzer analyzer, IndexReader reader) {
        super(analyzer, Map.copyOf(SnapshotIndex.WEIGHTS), FLAGS);
        this.reader = reader;
        // A visitor's words are alternatives, ranked by how many match: "how did anyone use a
        // social impact bond" must still find the bond.
        setDefaultOperator(BooleanClause.Occur.SHOULD);
    }

    /**
     * Parses the words. With alternatives as the default, the parser reads {@code a -b} as "a, or
     * anything but b", which leaves nothing out; a word after {@code -} is lifted to leave its
     * matches out of the whole query instead.
     */
    @Override
    public Query parse(String text) {
        Query parsed = super.parse(text);
        if (!(parsed instanceof BooleanQuery root) || isNegation(root)) {
            return parsed;
        }
        var query = new BooleanQuery.Builder();
        boolean lifted = false;
        for (BooleanClause clause : root.clauses()) {
            if (clause.getOccur() == BooleanClause.Occur.SHOULD
                    && clause.getQuery() instanceof BooleanQuery inner
                    && isNegation(inner)) {
                for (BooleanClause excluded : inner.clauses()) {
                    if (excluded.getOccur() == BooleanClause.Occur.MUST_NOT) {
                        query.add(excluded);
                    }
                }
                lifted = true;
            } else {
                query.add(clause);
            }
        }
        return lifted ? query.build() : parsed;
    }

    /** Whether a query is the parser's "anything but": all documents, some left out. */
    private static boolean isNegation(BooleanQuery query) {
        return query.clauses().stream()
                        .anyMatch(
                                c ->
                                        c.getOccur() == BooleanClause.Occur.SHOULD
                                                && c.getQuery() instanceof MatchAllDocsQuery)
                && query.clauses().stream()
                        .anyMatch(c -> c.getOccur() == BooleanClause.Occur.MUST_NOT);
    }

    @Override
    protected Query newDefaultQuery(String text) {
        Query exact = super.newDefaultQuery(text);
        var query = new BooleanQuery.Builder();
        if (exact != null) {
            query.add(exact, BooleanClause.Occur.SHOULD);
        }
        for (Map.Entry<String, Float> field : weights.entrySet()) {
            for (String word : analysed(field.getKey(), text)) {
                if (word.length() >= SHORTEST_FUZZY && !indexed(word)) {
                    int edits = word.length() >= 8 ? 2 : 1;
                    Query near =
                            new FuzzyQuery(
                                    new Term(field.getKey(), word),
                                    edits,
                                    1,
                                    FUZZY_EXPANSIONS,
                                    true);
                    query.add(
                            new BoostQuery(near, field.getValue() * NEAR_MISS),
                            BooleanClause.Occur.SHOULD);
                }
            }
        }
        BooleanQuery built = query.build();
        return built.clauses().isEmpty() ? null : built;
    }

    /**
     * Whether some text field holds the word as it is: then it is no typo, and its near misses
     * would only add noise ("training" finding "traits").
     */
    private boolean indexed(String word) {
        try {
            for (String field : weights.keySet()) {
                if (reader.docFreq(new Term(field, word)) > 0) {
                    return true;
                }
            }
            return false;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private List<String> analysed(String field, String text) {
        var words = new ArrayList<String>();
        try (TokenStream stream = getAnalyzer().tokenStream(field, text)) {
            CharTermAttribute word = stream.addAttribute(CharTermAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                words.add(word.toString());
            }
            stream.end();
        } catch (IOException e) {
            // Analysing a string does no I/O.
            throw new UncheckedIOException(e);
        }
        return words;
    }
}
