package org.artofthepossible.toolkit.search.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.Facets;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.DefaultSortedSetDocValuesReaderState;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.search.SearchRequest;

/** The index of one locale of a snapshot, with what searching it needs. */
final class LocaleIndex {
    /** Hits beyond this rank are counted but never listed, so deep pages cost no more. */
    static final int MAX_RANK = 10_000;

    private static final String[] SNIPPET_FIELDS = {SnapshotIndex.BODY, SnapshotIndex.SUMMARY};

    private final IndexSearcher searcher;
    private final Analyzer analyzer;
    private final SortedSetDocValuesReaderState facetState;
    private final SnippetHighlighter highlighter;

    LocaleIndex(
            DirectoryReader reader, Analyzer analyzer, FacetsConfig facetsConfig, boolean anyTerms)
            throws IOException {
        this.searcher = new IndexSearcher(reader);
        this.analyzer = analyzer;
        // Lucene refuses a facet state over an index without facet fields.
        this.facetState =
                anyTerms ? new DefaultSortedSetDocValuesReaderState(reader, facetsConfig) : null;
        this.highlighter =
                new SnippetHighlighter(
                        UnifiedHighlighter.builder(searcher, analyzer)
                                .withFormatter(new SnippetFormatter())
                                .withMaxNoHighlightPassages(0));
    }

    long sizeBytes() {
        try {
            var directory = ((DirectoryReader) searcher.getIndexReader()).directory();
            long bytes = 0;
            for (String file : directory.listAll()) {
                bytes += directory.fileLength(file);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Answers a search of the snapshot this index was built from, which the caller holds. */
    SearchResults search(Toolkit toolkit, SearchRequest request, Locale locale) {
        try {
            return answer(toolkit, request, locale);
        } catch (IOException e) {
            // An in-memory index does no I/O.
            throw new UncheckedIOException(e);
        }
    }

    private SearchResults answer(Toolkit toolkit, SearchRequest request, Locale locale)
            throws IOException {
        Query words =
                new WordsQueryParser(analyzer, searcher.getIndexReader()).parse(request.query());
        if (words instanceof MatchNoDocsQuery) {
            // Nothing to search for ("", or only words as common as "the"): no hits, no facets.
            return new SearchResults(
                    toolkit.version(),
                    request.query(),
                    request.filter(),
                    locale,
                    request.page(),
                    request.pageSize(),
                    0,
                    List.of(),
                    Map.of(),
                    List.of());
        }
        var query = new BooleanQuery.Builder().add(words, BooleanClause.Occur.MUST);
        filter(request.filter(), query);
        long first = (long) (request.page() - 1) * request.pageSize();
        int window = (int) Math.min(first + request.pageSize(), MAX_RANK);
        FacetsCollectorManager.FacetsResult found =
                FacetsCollectorManager.search(
                        searcher, query.build(), window, new FacetsCollectorManager());
        FacetsCollector matching = found.facetsCollector();
        long total = matching.getMatchingDocs().stream().mapToLong(docs -> docs.totalHits).sum();
        ScoreDoc[] ranked = found.topDocs().scoreDocs;
        int from = (int) Math.min(first, ranked.length);
        int[] docIds = new int[ranked.length - from];
        for (int i = from; i < ranked.length; i++) {
            docIds[i - from] = ranked[i].doc;
        }
        List<SearchResults.Hit> hits = hits(toolkit, docIds, words, locale);
        return new SearchResults(
                toolkit.version(),
                request.query(),
                request.filter(),
                locale,
                request.page(),
                request.pageSize(),
                Math.max(total, hits.size()),
                hits,
                facets(toolkit, matching),
                suggestions(request.query()));
    }

    private static void filter(TermFilter filter, BooleanQuery.Builder query) {
        if (filter.terms().isEmpty()) {
            return;
        }
        switch (filter.match()) {
            case ALL -> {
                for (TermRef ref : filter.terms()) {
                    query.add(termQuery(ref), BooleanClause.Occur.FILTER);
                }
            }
            case ANY -> query.add(anyOf(filter.terms()), BooleanClause.Occur.FILTER);
            case ANY_IN_EACH_VOCABULARY ->
                    filter.byVocabulary()
                            .values()
                            .forEach(group -> query.add(anyOf(group), BooleanClause.Occur.FILTER));
        }
    }

    private static Query anyOf(List<TermRef> terms) {
        var any = new BooleanQuery.Builder();
        terms.forEach(ref -> any.add(termQuery(ref), BooleanClause.Occur.SHOULD));
        return any.build();
    }

    private static Query termQuery(TermRef ref) {
        return new TermQuery(new Term(SnapshotIndex.TERM, ref.toString()));
    }

    private List<SearchResults.Hit> hits(Toolkit toolkit, int[] docIds, Query words, Locale locale)
            throws IOException {
        if (docIds.length == 0) {
            return List.of();
        }
        Map<String, Object[]> snippets = highlighter.snippets(SNIPPET_FIELDS, words, docIds);
        var storedFields = searcher.storedFields();
        var hits = new ArrayList<SearchResults.Hit>(docIds.length);
        for (int i = 0; i < docIds.length; i++) {
            String id = storedFields.document(docIds[i]).get(SnapshotIndex.ID);
            List<SearchResults.Fragment> snippet = snippet(snippets, i);
            toolkit.item(id, locale)
                    .ifPresent(item -> hits.add(new SearchResults.Hit(item, snippet)));
        }
        return hits;
    }

    /** A highlighter that gives its formatter's fragments rather than strings. */
    private static final class SnippetHighlighter extends UnifiedHighlighter {
        SnippetHighlighter(Builder builder) {
            super(builder);
        }

        Map<String, Object[]> snippets(String[] fields, Query query, int[] docIds)
                throws IOException {
            int[] onePassageEach = new int[fields.length];
            Arrays.fill(onePassageEach, 1);
            return highlightFieldsAsObjects(fields, query, docIds, onePassageEach);
        }
    }

    /** The body's passage, or else the summary's; none when only the title or terms matched. */
    @SuppressWarnings("unchecked")
    private static List<SearchResults.Fragment> snippet(Map<String, Object[]> snippets, int i) {
        for (String field : SNIPPET_FIELDS) {
            Object passage = snippets.get(field)[i];
            if (passage != null) {
                return (List<SearchResults.Fragment>) passage;
            }
        }
        return List.of();
    }

    private Map<String, Map<String, Integer>> facets(Toolkit toolkit, FacetsCollector matching)
            throws IOException {
        var counted = new LinkedHashMap<String, Map<String, Integer>>();
        Map<String, Map<String, Integer>> byDimension = new LinkedHashMap<>();
        if (facetState != null) {
            Facets facets = new SortedSetDocValuesFacetCounts(facetState, matching);
            for (FacetResult result :
                    facets.getAllDims(
                            toolkit.vocabularies().stream()
                                    .mapToInt(v -> v.terms().size())
                                    .max()
                                    .orElse(1))) {
                var counts = new LinkedHashMap<String, Integer>();
                for (LabelAndValue value : result.labelValues) {
                    counts.put(value.label, value.value.intValue());
                }
                byDimension.put(result.dim, counts);
            }
        }
        // In the vocabularies' order, every term listed, as a list's facets are.
        for (Vocabulary vocabulary : toolkit.vocabularies()) {
            Map<String, Integer> found = byDimension.getOrDefault(vocabulary.id(), Map.of());
            var counts = new LinkedHashMap<String, Integer>();
            vocabulary
                    .terms()
                    .forEach(term -> counts.put(term.id(), found.getOrDefault(term.id(), 0)));
            counted.put(vocabulary.id(), counts);
        }
        return counted;
    }

    /**
     * The query with each word the content lacks replaced by the nearest word it has, if any: the
     * "did you mean" of a search page.
     */
    private List<String> suggestions(String query) throws IOException {
        // A few fields of settings: made for each query, so no thread shares one.
        var spelling = new DirectSpellChecker();
        var suggestion = new StringBuilder();
        boolean changed = false;
        int at = 0;
        try (TokenStream words = Analyzers.words().tokenStream(SnapshotIndex.WORDS, query)) {
            CharTermAttribute word = words.addAttribute(CharTermAttribute.class);
            OffsetAttribute offsets = words.addAttribute(OffsetAttribute.class);
            words.reset();
            while (words.incrementToken()) {
                SuggestWord[] similar =
                        spelling.suggestSimilar(
                                new Term(SnapshotIndex.WORDS, word.toString()),
                                1,
                                searcher.getIndexReader(),
                                SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
                if (similar.length > 0) {
                    suggestion.append(query, at, offsets.startOffset()).append(similar[0].string);
                    at = offsets.endOffset();
                    changed = true;
                }
            }
            words.end();
        }
        if (!changed) {
            return List.of();
        }
        suggestion.append(query.substring(at));
        return List.of(suggestion.toString());
    }
}
