package org.artofthepossible.toolkit.render.html;

import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.search.SearchRequest;
import org.artofthepossible.toolkit.search.ToolkitSearch;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SearchPageTest {
    private static final ToolkitEngine ENGINE = BundledPages.engine();
    private static final Toolkit TOOLKIT = ENGINE.toolkit();
    private static final ToolkitSearch SEARCH = ToolkitSearch.create();

    /** Clean URLs with a search page at /search, as a server has. */
    private static final LinkResolver WITH_SEARCH = LinkResolver.CLEAN_URLS.withSearch("/search");

    private static final RenderOptions PAGE =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT).withLinks(WITH_SEARCH);

    private static Document page(SearchResults results, RenderOptions options) {
        return Jsoup.parse(ENGINE.render(TOOLKIT, View.search(results), "html", options).content());
    }

    private static SearchResults search(SearchRequest request) {
        return SEARCH.search(TOOLKIT, request);
    }

    @Test
    void showsTheHitsWithTheirSnippetsAndAFormThatWorksWithoutScript() {
        Document page = page(search(SearchRequest.of("football")), PAGE);

        assertThat(page.title()).startsWith("Search results for “football” – ");
        Element form = page.selectFirst("main form[role=search]");
        assertThat(form.attr("action")).isEqualTo("/search");
        assertThat(form.attr("method")).isEqualTo("get");
        assertThat(form.selectFirst("input[name=q]").attr("value")).isEqualTo("football");
        assertThat(form.selectFirst("label[for=toolkit-search-q]")).isNotNull();
        assertThat(page.select("script")).isEmpty();
        assertThat(page.selectFirst(".toolkit-count").text()).isEqualTo("1 result for “football”");
        Element hit = page.selectFirst("ol.toolkit-results > li");
        assertThat(hit.selectFirst("h2 a").attr("href"))
                .isEqualTo("/case-studies/kibble-st-mirren/");
        assertThat(hit.selectFirst(".toolkit-meta").text()).isEqualTo("Case study");
        assertThat(hit.select(".toolkit-snippet mark").eachText()).containsExactly("Football");
        // The search page has its own form: the header's box is left out, so one search landmark.
        assertThat(page.select("[role=search]")).hasSize(1);
    }

    @Test
    void everyOtherPageHasASearchBoxWhenTheHostHasASearchPage() {
        Document item =
                Jsoup.parse(ENGINE.render(View.item("plymouth-alliance"), "html", PAGE).content());
        Document withoutSearch =
                Jsoup.parse(
                        ENGINE.render(
                                        View.item("plymouth-alliance"),
                                        "html",
                                        PAGE.withLinks(LinkResolver.CLEAN_URLS))
                                .content());

        Element box = item.selectFirst("header form[role=search]");
        assertThat(box.attr("action")).isEqualTo("/search");
        assertThat(box.selectFirst("input[name=q][type=search]")).isNotNull();
        assertThat(box.selectFirst("label").attr("for")).isEqualTo(box.selectFirst("input").id());
        assertThat(withoutSearch.select("form")).isEmpty();
        // A host without a search page that renders results anyway: the form sends to the page.
        Document results =
                page(
                        SearchResults.notSearched(TOOLKIT, Locale.ENGLISH),
                        PAGE.withLinks(LinkResolver.CLEAN_URLS));
        assertThat(results.selectFirst("main form").hasAttr("action")).isFalse();
    }

    @Test
    void pagesLinkToEachOtherKeepingTheWordsAndTheFilter() {
        TermFilter filter =
                TermFilter.anyOf(
                        TermRef.of("theme", "social-value"),
                        TermRef.of("theme", "health-and-wellbeing"));
        SearchRequest request = SearchRequest.of("council").withFilter(filter).withPageSize(2);
        Document first = page(search(request), PAGE);
        Document second = page(search(request.withPage(2)), PAGE);

        assertThat(first.select("a[rel=prev]")).isEmpty();
        assertThat(first.selectFirst("a[rel=next]").attr("href"))
                .isEqualTo(
                        "/search?q=council&theme=social-value&theme=health-and-wellbeing&match=any&page=2");
        assertThat(second.selectFirst(".toolkit-pager .toolkit-meta").text())
                .isEqualTo("Page 2 of 2");
        assertThat(second.selectFirst("ol.toolkit-results").attr("start")).isEqualTo("3");
        assertThat(second.selectFirst("a[rel=prev]").attr("href"))
                .isEqualTo(
                        "/search?q=council&theme=social-value&theme=health-and-wellbeing&match=any");
        assertThat(second.select("a[rel=next]")).isEmpty();
        assertThat(second.select("main form input[type=hidden]").eachAttr("value"))
                .containsExactly("social-value", "health-and-wellbeing", "any");
    }

    @Test
    void facetsNarrowTheSearch() {
        Document page = page(search(SearchRequest.of("alliance")), PAGE);

        assertThat(page.select("nav.toolkit-facets a").eachAttr("href"))
                .contains("/search?q=alliance&procurement-route=alliance-contract");
    }

    @Test
    void noHitsSaySoAndSuggestWhatToTry() {
        Document page =
                page(
                        search(
                                SearchRequest.of("aliance football")
                                        .withFilter(
                                                TermFilter.allOf(TermRef.of("theme", "housing")))),
                        PAGE);

        assertThat(page.selectFirst(".toolkit-count").text())
                .isEqualTo("No results for “aliance football”");
        assertThat(page.selectFirst(".toolkit-suggestion").text())
                .isEqualTo("Did you mean alliance football?");
        assertThat(page.selectFirst(".toolkit-suggestion a").attr("href"))
                .isEqualTo("/search?q=alliance+football&theme=housing");
        assertThat(page.select(".toolkit-tips li").eachText())
                .containsExactly(
                        "Check the spelling of your words.",
                        "Use fewer words, or more general ones.",
                        "Search again without the filters",
                        "Browse the case studies");
        assertThat(page.selectFirst(".toolkit-tips a").attr("href"))
                .isEqualTo("/search?q=aliance+football");
        assertThat(page.select("ol.toolkit-results")).isEmpty();
    }

    @Test
    void beforeASearchThePageAsksForWords() {
        Document page = page(SearchResults.notSearched(TOOLKIT, Locale.ENGLISH), PAGE);

        assertThat(page.title()).startsWith("Search the toolkit – ");
        assertThat(page.selectFirst(".toolkit-hint").text()).startsWith("Enter the words");
        assertThat(page.selectFirst("#toolkit-search-results")).isNotNull();
        assertThat(page.select(".toolkit-count")).isEmpty();
    }

    @Test
    void theWordsAndTheSnippetsAreEscaped() {
        String hostile = "\"><script>alert(1)</script><img src=x onerror=alert(2)>";
        ContentItem item = TOOLKIT.requireItem("plymouth-alliance", Locale.ENGLISH);
        var results =
                new SearchResults(
                        TOOLKIT.version(),
                        hostile,
                        TermFilter.none(),
                        Locale.ENGLISH,
                        1,
                        10,
                        1,
                        List.of(
                                new SearchResults.Hit(
                                        item,
                                        List.of(
                                                new SearchResults.Fragment(hostile, false),
                                                new SearchResults.Fragment(hostile, true)))),
                        Map.of(),
                        List.of(hostile));
        String html = ENGINE.render(TOOLKIT, View.search(results), "html", PAGE).content();

        assertThat(ENGINE.render(TOOLKIT, View.search(results), "html", PAGE)).hasNoUnsafeMarkup();
        assertThat(html).doesNotContain("<script>", "<img");
        Document page = Jsoup.parse(html);
        assertThat(page.selectFirst("main input[name=q]").attr("value")).isEqualTo(hostile);
        assertThat(page.selectFirst(".toolkit-snippet mark").text()).isEqualTo(hostile);
    }

    @Test
    void welshPagesAreInWelsh() {
        Document page =
                page(
                        search(
                                SearchRequest.of("alliance")
                                        .withLocale(Locale.forLanguageTag("cy"))),
                        PAGE.withLocale(Locale.forLanguageTag("cy")));

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(page.selectFirst("h1").text()).isEqualTo("Chwilio'r pecyn cymorth");
        assertThat(page.selectFirst(".toolkit-count").text()).endsWith("canlyniad am “alliance”");
        assertThat(page.selectFirst("main button").text()).isEqualTo("Chwilio");
    }

    @Test
    void theGovukThemeDressesTheFormAsTheDesignSystemDoes() {
        Document page = page(search(SearchRequest.of("alliance")), PAGE.withTheme("govuk"));

        assertThat(page.selectFirst("main input[name=q]").hasClass("govuk-input")).isTrue();
        assertThat(page.selectFirst("main button").hasClass("govuk-button")).isTrue();
        assertThat(page.selectFirst("main label").hasClass("govuk-label")).isTrue();
    }

    @Test
    void resultsRenderOnlyWithTheSnapshotTheyWereFoundIn() {
        Toolkit other = ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();
        SearchResults results =
                new SearchResults(
                        "another-version",
                        "x",
                        TermFilter.none(),
                        Locale.ENGLISH,
                        1,
                        10,
                        0,
                        List.of(),
                        Map.of(),
                        List.of());

        assertThatThrownBy(() -> ENGINE.render(other, View.search(results), "html", PAGE))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("found in content version another-version");
    }

    @Test
    void searchPagesAreNotCached() {
        long before = ENGINE.cacheStats().entries();
        ENGINE.render(TOOLKIT, View.search(search(SearchRequest.of("kibble"))), "html", PAGE);

        assertThat(ENGINE.cacheStats().entries()).isEqualTo(before);
    }
}
