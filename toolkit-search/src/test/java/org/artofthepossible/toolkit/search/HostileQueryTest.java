package org.artofthepossible.toolkit.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.SearchResults;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Queries of any length and syntax are answered, in bounded time, with results: never an exception.
 * The bound is generous, for shared machines; a parser that backtracks or a query that expands
 * without limit would take far longer.
 */
class HostileQueryTest {
    private static final ToolkitSearch SEARCH = ToolkitSearch.create();
    private static final Duration BOUND = Duration.ofSeconds(10);

    static List<String> queries() {
        return List.of(
                "\"unbalanced",
                "\"\"\"",
                "((((((alliance",
                "alliance))))))",
                "(".repeat(10_000),
                "-",
                "|",
                "+",
                "*",
                "**",
                "-*",
                "\\",
                "\\\\\\",
                "~",
                "alliance~2",
                "allian*",
                "a*",
                "title:alliance",
                "[a TO z]",
                "{}",
                "^2",
                "&& || !",
                "AND OR NOT",
                "a".repeat(10_000),
                "alliance ".repeat(2_000),
                "qwertyuiop asdfghjkl zxcvbnm poiuytrewq lkjhgfdsa mnbvcxz ".repeat(40),
                "\u0000\u0001alliance\u007f\u009f",
                "\uD800alliance",
                "alliance\uDFFF",
                "🤝 alliance",
                "\u202Ealliance\u202C",
                "\u200B\u200B\u200B",
                "<script>alert(1)</script>",
                "%00%27%22",
                "'; DROP TABLE items; --");
    }

    @TestFactory
    Stream<DynamicTest> everyQueryIsAnsweredInBoundedTime() {
        return queries().stream()
                .map(
                        query ->
                                DynamicTest.dynamicTest(
                                        query.length() > 40 ? query.substring(0, 40) + "…" : query,
                                        () -> {
                                            SearchResults results =
                                                    assertTimeoutPreemptively(
                                                            BOUND,
                                                            () ->
                                                                    SEARCH.search(
                                                                            ToolkitSearchTest
                                                                                    .BUNDLED,
                                                                            SearchRequest.of(
                                                                                    query)));
                                            assertThat(results.total()).isNotNegative();
                                            assertThat(results.query().length())
                                                    .isLessThanOrEqualTo(
                                                            SearchRequest.MAX_QUERY_CHARS);
                                            assertThat(results.query())
                                                    .doesNotContainPattern("\\p{Cc}|\\p{Cs}");
                                        }));
    }

    @Test
    void aLongQueryIsCutAtAWordAndStillSearched() {
        SearchResults results =
                SEARCH.search(
                        ToolkitSearchTest.BUNDLED, SearchRequest.of("alliance ".repeat(2_000)));

        assertThat(results.query()).endsWith("alliance").doesNotEndWith(" ");
        assertThat(results.query().length()).isLessThanOrEqualTo(SearchRequest.MAX_QUERY_CHARS);
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void controlCharactersAndLoneSurrogatesBecomeSpaces() {
        assertThat(SearchRequest.of("\u0000alliance\u0007contract").query())
                .isEqualTo("alliance contract");
        assertThat(SearchRequest.of("\uD800alliance").query()).isEqualTo("alliance");
        assertThat(SearchRequest.of("🤝 alliance").query()).isEqualTo("🤝 alliance");
    }
}
