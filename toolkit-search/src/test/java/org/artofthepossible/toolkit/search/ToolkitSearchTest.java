package org.artofthepossible.toolkit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.ClasspathSource;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.TermRef;
import org.junit.jupiter.api.Test;

class ToolkitSearchTest {
    static final Toolkit BUNDLED =
            ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();
    static final Locale WELSH = Locale.forLanguageTag("cy");

    private final ToolkitSearch search = ToolkitSearch.create();

    static List<String> ids(SearchResults results) {
        return results.hits().stream().map(hit -> hit.item().id()).toList();
    }

    static String marked(SearchResults.Hit hit) {
        var text = new StringBuilder();
        hit.snippet().forEach(f -> text.append(f.match() ? "[" + f.text() + "]" : f.text()));
        return text.toString();
    }

    @Test
    void findsItemsOfEveryTypeByTheirWords() {
        SearchResults results = search.search(BUNDLED, SearchRequest.of("alliance"));

        assertThat(ids(results))
                .startsWith("plymouth-alliance", "one-croydon-alliance")
                .contains("plymouth-alliance-council-report", "innovation-partnership-terminology");
        assertThat(results.total()).isEqualTo(results.hits().size());
        assertThat(results.version()).isEqualTo(BUNDLED.version());
        assertThat(results.query()).isEqualTo("alliance");
    }

    @Test
    void snippetsMarkTheMatchedWordsAsPlainText() {
        SearchResults.Hit first =
                search.search(BUNDLED, SearchRequest.of("football")).hits().get(0);

        assertThat(first.item().id()).isEqualTo("kibble-st-mirren");
        assertThat(marked(first)).contains("St Mirren [Football] club");
    }

    @Test
    void findsItemsByTheLabelsOfTheirTermsAndTheNamesOfTheirOrganisations() {
        // "Equity" is only in the label of Kibble's procurement route, "Equity shareholding".
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("equity"))))
                .containsExactly("kibble-st-mirren");
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("Locala"))))
                .startsWith("kirklees-kilt");
    }

    @Test
    void stemsEnglishWords() {
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("partnerships"))))
                .contains("leicestershire-cip", "oldham-social-prescribing");
        assertThat(marked(search.search(BUNDLED, SearchRequest.of("travelled")).hits().get(0)))
                .contains("[travelling]");
    }

    @Test
    void aMisspelledWordStillFindsItsItemsAndIsCorrected() {
        SearchResults results = search.search(BUNDLED, SearchRequest.of("aliance"));

        assertThat(ids(results)).startsWith("plymouth-alliance", "one-croydon-alliance");
        assertThat(results.suggestions()).containsExactly("alliance");
        assertThat(search.search(BUNDLED, SearchRequest.of("alliance")).suggestions()).isEmpty();
    }

    @Test
    void aWordTheContentHoldsIsNotReadAsATypoOfAnother() {
        // "training" is in the content; its near miss "traits" is in the nine principles only.
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("training"))))
                .doesNotContain("nine-principles");
    }

    @Test
    void filtersNarrowTheHitsAndFacetsCountThem() {
        TermRef alliance = TermRef.of("procurement-route", "alliance-contract");
        SearchResults all = search.search(BUNDLED, SearchRequest.of("contract"));
        SearchResults narrowed =
                search.search(
                        BUNDLED,
                        SearchRequest.of("contract").withFilter(TermFilter.allOf(alliance)));

        assertThat(narrowed.hits()).isNotEmpty();
        assertThat(narrowed.hits()).allMatch(hit -> hit.item().terms().contains(alliance));
        assertThat(narrowed.total()).isLessThan(all.total());
        assertThat(all.facets().get("procurement-route").get("alliance-contract"))
                .isEqualTo((int) narrowed.total());
        assertThat(all.facets().keySet())
                .containsExactlyElementsOf(
                        BUNDLED.vocabularies().stream().map(v -> v.id()).toList());
    }

    @Test
    void anyOfFilterTakesItemsWithOneOfTheTerms() {
        TermRef alliance = TermRef.of("procurement-route", "alliance-contract");
        TermRef bond = TermRef.of("procurement-route", "social-impact-bond");
        SearchResults either =
                search.search(
                        BUNDLED,
                        SearchRequest.of("*").withFilter(TermFilter.anyOf(alliance, bond)));

        assertThat(ids(either)).contains("plymouth-alliance", "hct-travel-training");
        assertThat(either.hits())
                .allMatch(
                        hit ->
                                hit.item().terms().contains(alliance)
                                        || hit.item().terms().contains(bond));
    }

    @Test
    void pagesFollowOneAnother() {
        SearchRequest request = SearchRequest.of("social value").withPageSize(3);
        SearchResults first = search.search(BUNDLED, request);
        SearchResults second = search.search(BUNDLED, request.withPage(2));
        SearchResults beyond = search.search(BUNDLED, request.withPage(1000));

        assertThat(first.total()).isGreaterThan(6).isEqualTo(second.total());
        assertThat(first.hits()).hasSize(3);
        assertThat(ids(second)).hasSize(3).doesNotContainAnyElementsOf(ids(first));
        assertThat(first.pages()).isEqualTo((int) ((first.total() + 2) / 3));
        assertThat(beyond.hits()).isEmpty();
        assertThat(beyond.total()).isEqualTo(first.total());
    }

    @Test
    void aQueryWithoutWordsFindsNothingAndAStarFindsEverything() {
        assertThat(search.search(BUNDLED, SearchRequest.of("")).total()).isZero();
        assertThat(search.search(BUNDLED, SearchRequest.of("  \t ")).total()).isZero();
        assertThat(search.search(BUNDLED, SearchRequest.of("the and of")).total()).isZero();
        long published =
                BUNDLED.items().stream()
                        .filter(item -> item.locale().getLanguage().equals("en"))
                        .filter(item -> !item.metadata().draft())
                        .count();
        assertThat(search.search(BUNDLED, SearchRequest.of("*")).total()).isEqualTo(published);
    }

    @Test
    void quotesMakeAPhraseAMinusLeavesOutAndABarMeansEither() {
        SearchRequest all = SearchRequest.of("partnership").withPageSize(50);
        SearchResults words = search.search(BUNDLED, SearchRequest.of("social impact bond"));
        SearchResults phrase = search.search(BUNDLED, SearchRequest.of("\"social impact bond\""));

        assertThat(ids(phrase)).contains("hct-travel-training");
        assertThat(phrase.total()).isLessThan(words.total());
        assertThat(ids(search.search(BUNDLED, all))).contains("kibble-st-mirren");
        assertThat(
                        ids(
                                search.search(
                                        BUNDLED,
                                        SearchRequest.of("partnership -football")
                                                .withPageSize(50))))
                .isNotEmpty()
                .doesNotContain("kibble-st-mirren");
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("kirklees | football"))))
                .containsExactlyInAnyOrder("kirklees-kilt", "kibble-st-mirren");
    }

    @Test
    void aPlusNeedsBothAndParenthesesGroup() {
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("kibble + football"))))
                .containsExactly("kibble-st-mirren");
        assertThat(search.search(BUNDLED, SearchRequest.of("kirklees + football")).total())
                .isZero();
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("(kirklees | kibble) + football"))))
                .containsExactly("kibble-st-mirren");
    }

    @Test
    void wordsTheContentLacksFindNothing() {
        SearchResults results = search.search(BUNDLED, SearchRequest.of("zzqxv"));

        assertThat(results.total()).isZero();
        assertThat(results.hits()).isEmpty();
        assertThat(results.suggestions()).isEmpty();
    }

    @Test
    void welshMutationsFindTheRadicalForm() {
        Toolkit welsh =
                ToolkitEngine.builder()
                        .source(ClasspathSource.of("welsh", getClass().getClassLoader()))
                        .build()
                        .toolkit();
        for (String form : List.of("caffael", "gaffael", "nghaffael", "chaffael", "Gaffael")) {
            SearchResults results = search.search(welsh, SearchRequest.of(form).withLocale(WELSH));
            assertThat(ids(results)).as(form).containsExactly("procurement");
            assertThat(results.locale()).isEqualTo(WELSH);
        }
        // "gwaith" (work) appears mutated as "waith"; and the English variant is not searched in
        // Welsh.
        assertThat(ids(search.search(welsh, SearchRequest.of("gwaith").withLocale(WELSH))))
                .containsExactly("procurement");
        assertThat(search.search(welsh, SearchRequest.of("councils").withLocale(WELSH)).total())
                .isZero();
        // An item without a Welsh variant is searched in the English it falls back to.
        assertThat(ids(search.search(welsh, SearchRequest.of("housing").withLocale(WELSH))))
                .containsExactly("housing");
        assertThat(ids(search.search(welsh, SearchRequest.of("procurement"))))
                .containsExactly("procurement");
    }

    @Test
    void aLocaleTheToolkitLacksSearchesTheDefault() {
        SearchResults results =
                search.search(BUNDLED, SearchRequest.of("alliance").withLocale(Locale.FRENCH));

        assertThat(results.locale()).isEqualTo(Locale.ENGLISH);
        assertThat(results.hits()).isNotEmpty();
    }

    @Test
    void eachSnapshotIsSearchedInItsOwnIndex() {
        Toolkit welsh =
                ToolkitEngine.builder()
                        .source(ClasspathSource.of("welsh", getClass().getClassLoader()))
                        .build()
                        .toolkit();
        search.prepare(BUNDLED);

        assertThat(ids(search.search(welsh, SearchRequest.of("housing"))))
                .containsExactly("housing");
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("housing"))))
                .contains("west-lindsey-p3")
                .doesNotContain("housing");
        assertThat(search.search(welsh, SearchRequest.of("housing")).version())
                .isEqualTo(welsh.version());
    }

    @Test
    void aSearchKeepsNoSnapshotAliveSoItsIndexGoesWithIt() throws InterruptedException {
        WeakReference<Toolkit> searched = searchedAndDropped();
        for (int i = 0; i < 100 && searched.get() != null; i++) {
            System.gc();
            Thread.sleep(20);
        }

        assertThat(searched.get()).as("the snapshot, once no one else holds it").isNull();
        assertThat(ids(search.search(BUNDLED, SearchRequest.of("football"))))
                .containsExactly("kibble-st-mirren");
    }

    private WeakReference<Toolkit> searchedAndDropped() {
        Toolkit welsh =
                ToolkitEngine.builder()
                        .source(ClasspathSource.of("welsh", getClass().getClassLoader()))
                        .build()
                        .toolkit();
        assertThat(search.search(welsh, SearchRequest.of("housing")).total()).isEqualTo(1);
        return new WeakReference<>(welsh);
    }

    @Test
    void manyThreadsSearchingANewSnapshotAtOnceGetTheSameAnswers() throws Exception {
        Toolkit fresh = ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();
        List<String> queries = List.of("alliance", "aliance", "social value", "football", "zzqxv");
        List<List<String>> expected =
                queries.stream()
                        .map(q -> ids(ToolkitSearch.create().search(fresh, SearchRequest.of(q))))
                        .toList();
        ToolkitSearch shared = ToolkitSearch.create();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            var answers = new ArrayList<Future<List<List<String>>>>();
            for (int t = 0; t < 8; t++) {
                answers.add(
                        pool.submit(
                                () -> {
                                    var mine = new ArrayList<List<String>>();
                                    for (int round = 0; round < 20; round++) {
                                        mine.clear();
                                        for (String q : queries) {
                                            mine.add(
                                                    ids(shared.search(fresh, SearchRequest.of(q))));
                                        }
                                    }
                                    return mine;
                                }));
            }
            for (Future<List<List<String>>> answer : answers) {
                assertThat(answer.get(60, TimeUnit.SECONDS)).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void hitsHoldTheItemInTheLocaleSearched() {
        Toolkit welsh =
                ToolkitEngine.builder()
                        .source(ClasspathSource.of("welsh", getClass().getClassLoader()))
                        .build()
                        .toolkit();
        ContentItem item =
                search.search(welsh, SearchRequest.of("caffael").withLocale(WELSH))
                        .hits()
                        .get(0)
                        .item();

        assertThat(item.title()).isEqualTo("Caffael cyhoeddus");
    }
}
