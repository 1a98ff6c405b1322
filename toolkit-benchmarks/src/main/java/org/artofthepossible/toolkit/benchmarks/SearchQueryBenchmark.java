package org.artofthepossible.toolkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.search.SearchRequest;
import org.artofthepossible.toolkit.search.ToolkitSearch;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One page of search results (hits, snippets, facet counts, spelling) from an index of {@code
 * items} synthetic case studies, sampled so that the median and the 99th percentile can be read;
 * the queries rotate through words, phrases, a typo and a filter. The baseline narrows the same
 * snapshot by a term with {@link Toolkit#list(ItemType, TermFilter, Locale)}, the in-memory filter
 * lists use, which scans every item.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class SearchQueryBenchmark {
    @Param({"100000"})
    public int items;

    private static final TermFilter HEALTH = TermFilter.allOf(TermRef.of("theme", "health"));

    private final List<SearchRequest> requests =
            List.of(
                    SearchRequest.of("partnership"),
                    SearchRequest.of("residents council"),
                    SearchRequest.of("\"separate contracts\""),
                    SearchRequest.of("partnershp"),
                    SearchRequest.of("services").withFilter(HEALTH),
                    SearchRequest.of("town 4242"));

    private Toolkit toolkit;
    private ToolkitSearch search;
    private int next;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        Path folder = SyntheticContent.write(Files.createTempDirectory("toolkit-query-"), items);
        try {
            toolkit = ToolkitEngine.builder().source(DirectorySource.of(folder)).build().toolkit();
        } finally {
            SyntheticContent.delete(folder);
        }
        search = ToolkitSearch.create();
        search.prepare(toolkit);
        for (SearchRequest request : requests) {
            if (search.search(toolkit, request).total() == 0) {
                throw new IllegalStateException("the query should find items: " + request);
            }
        }
    }

    @Benchmark
    public SearchResults query() {
        SearchRequest request = requests.get(next);
        next = (next + 1) % requests.size();
        return search.search(toolkit, request);
    }

    @Benchmark
    public List<ContentItem> baselineListFilter() {
        return toolkit.list(ItemType.CASE_STUDY, HEALTH, Locale.ENGLISH);
    }
}
