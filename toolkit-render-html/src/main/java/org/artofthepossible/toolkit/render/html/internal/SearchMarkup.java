package org.artofthepossible.toolkit.render.html.internal;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;

/**
 * The search page: a plain GET form that works without JavaScript, the count, facet links that
 * narrow the search, the hits with their snippets (matched words in {@code <mark>}), pages, and for
 * no hits what to try instead. And the search box other pages carry in their header.
 */
final class SearchMarkup {
    // Opening tags of constant attributes, written once per theme (see Markup.Tag).
    private static final Markup.Tag SEARCH = new Markup.Tag("section", "class", "toolkit-search");
    private static final Markup.Tag SUGGESTION = new Markup.Tag("p", "class", "toolkit-suggestion");
    private static final Markup.Tag SNIPPET = new Markup.Tag("p", "class", "toolkit-snippet");
    private static final Markup.Tag TIPS = new Markup.Tag("ul", "class", "toolkit-tips");
    private static final Markup.Tag SEARCH_BUTTON =
            new Markup.Tag("button", "class", "toolkit-search-button");

    /** The id of the element a browser-side search (Pagefind in a static export) fills. */
    static final String RESULTS_ID = "toolkit-search-results";

    private SearchMarkup() {}

    static String title(PageContext page, SearchResults results) {
        return results.query().isEmpty()
                ? page.labels.get("search.title")
                : page.labels.format("search.titleFor", results.query());
    }

    /** The header's search box, on every page but the search page itself. */
    static void box(Markup html, PageContext page, String action) {
        html.open(
                        "form",
                        "class",
                        "toolkit-search-box",
                        "action",
                        action,
                        "method",
                        "get",
                        "role",
                        "search",
                        "aria-label",
                        page.labels.get("search.title"))
                .nl();
        html.element(
                        "label",
                        page.labels.get("search.title"),
                        "for",
                        "toolkit-search-box-q",
                        "class",
                        "toolkit-visually-hidden")
                .nl();
        html.open(
                        "input",
                        "id",
                        "toolkit-search-box-q",
                        "name",
                        "q",
                        "type",
                        "search",
                        "class",
                        "toolkit-search-input")
                .nl();
        html.element(SEARCH_BUTTON, page.labels.get("search.button")).nl();
        html.close("form").nl();
    }

    static void write(Markup html, PageContext page, SearchResults results) {
        String action = page.links.searchHref().orElse("");
        html.open(SEARCH).nl();
        html.element("h1", page.labels.get("search.title")).nl();
        form(html, page, action, results);
        if (results.query().isEmpty()) {
            html.element(QuestionMarkup.HINT, page.labels.get("search.empty")).nl();
            // Left empty for a search that runs in the browser, as a static export's does.
            html.open("div", "id", RESULTS_ID, "class", RESULTS_ID).close("div").nl();
            html.close("section").nl();
            return;
        }
        html.element(
                        "p",
                        page.labels.format("search.count", results.total(), results.query()),
                        "class",
                        "toolkit-count",
                        "role",
                        "status")
                .nl();
        suggestions(html, page, action, results);
        facets(html, page, action, results);
        if (results.total() == 0) {
            tips(html, page, action, results);
        } else {
            hits(html, page, results);
            pager(html, page, action, results);
        }
        html.close("section").nl();
    }

    private static void form(Markup html, PageContext page, String action, SearchResults results) {
        html.open(
                        "form",
                        "class",
                        "toolkit-search-form",
                        // No action sends the form to the page itself; an empty one is invalid.
                        "action",
                        action.isEmpty() ? null : action,
                        "method",
                        "get",
                        "role",
                        "search",
                        "aria-label",
                        page.labels.get("search.title"))
                .nl();
        html.element(
                        "label",
                        page.labels.get("search.label"),
                        "for",
                        "toolkit-search-q",
                        "class",
                        "toolkit-search-label")
                .nl();
        html.open(
                        "input",
                        "id",
                        "toolkit-search-q",
                        "name",
                        "q",
                        "type",
                        "search",
                        "value",
                        results.query(),
                        "class",
                        "toolkit-search-input")
                .nl();
        // The filter chosen stays with the next search of other words.
        for (TermRef ref : results.filter().terms()) {
            html.open("input", "type", "hidden", "name", ref.vocabulary(), "value", ref.term())
                    .nl();
        }
        results.filter()
                .matchParameter()
                .ifPresent(
                        value ->
                                html.open(
                                                "input", "type", "hidden", "name", "match", "value",
                                                value)
                                        .nl());
        html.element(SEARCH_BUTTON, page.labels.get("search.button")).nl();
        html.close("form").nl();
    }

    private static void suggestions(
            Markup html, PageContext page, String action, SearchResults results) {
        for (String suggestion : results.suggestions()) {
            html.open(SUGGESTION)
                    .text(page.labels.get("search.didYouMean") + " ")
                    .link(href(action, suggestion, results.filter(), 1), suggestion)
                    .text("?")
                    .close("p")
                    .nl();
        }
    }

    private static void hits(Markup html, PageContext page, SearchResults results) {
        html.open("ol", "class", "toolkit-results", "start", String.valueOf(first(results))).nl();
        for (SearchResults.Hit hit : results.hits()) {
            html.open("li", "class", "toolkit-result", "lang", hit.item().locale().toLanguageTag())
                    .nl();
            html.open("h2").link(page.links.href(hit.item()), hit.item().title()).close("h2").nl();
            html.element(
                            "p",
                            page.labels.get("type." + hit.item().type().id()),
                            "class",
                            "toolkit-meta")
                    .nl();
            if (!hit.item().summary().isBlank()) {
                html.element("p", hit.item().summary()).nl();
            }
            if (!hit.snippet().isEmpty()) {
                html.open(SNIPPET);
                for (SearchResults.Fragment fragment : hit.snippet()) {
                    if (fragment.match()) {
                        html.element("mark", fragment.text());
                    } else {
                        html.text(fragment.text());
                    }
                }
                html.close("p").nl();
            }
            html.close("li").nl();
        }
        html.close("ol").nl();
    }

    private static long first(SearchResults results) {
        return (long) (results.page() - 1) * results.pageSize() + 1;
    }

    /** Counts per term of the items found, as links that narrow the search to the term. */
    private static void facets(
            Markup html, PageContext page, String action, SearchResults results) {
        ListMarkup.facets(
                html,
                page,
                results.facets(),
                results.filter(),
                Optional.empty(),
                ref -> href(action, results.query(), TermFilter.allOf(ref), 1));
    }

    private static void tips(Markup html, PageContext page, String action, SearchResults results) {
        html.element("h2", page.labels.get("search.tryTitle")).nl();
        html.open(TIPS).nl();
        html.element("li", page.labels.get("search.tip.spelling")).nl();
        html.element("li", page.labels.get("search.tip.fewer")).nl();
        if (!results.filter().terms().isEmpty()) {
            html.open("li")
                    .link(
                            href(action, results.query(), TermFilter.none(), 1),
                            page.labels.get("search.tip.filters"))
                    .close("li")
                    .nl();
        }
        html.open("li")
                .link(
                        page.links.listHref(ItemType.CASE_STUDY),
                        page.labels.get("search.tip.browse"))
                .close("li")
                .nl();
        html.close("ul").nl();
    }

    private static void pager(Markup html, PageContext page, String action, SearchResults results) {
        if (results.pages() < 2) {
            return;
        }
        html.open("nav", "class", "toolkit-pager", "aria-label", page.labels.get("search.pages"))
                .nl();
        html.element(
                        "p",
                        page.labels.format("search.page", results.page(), results.pages()),
                        "class",
                        "toolkit-meta")
                .nl();
        if (results.page() > 1) {
            html.open(Navigation.PREVIOUS)
                    .link(
                            href(action, results.query(), results.filter(), results.page() - 1),
                            page.labels.get("search.previous"),
                            "class",
                            "toolkit-pager-link",
                            "rel",
                            "prev")
                    .close("div")
                    .nl();
        }
        if (results.page() < results.pages()) {
            html.open(Navigation.NEXT)
                    .link(
                            href(action, results.query(), results.filter(), results.page() + 1),
                            page.labels.get("search.next"),
                            "class",
                            "toolkit-pager-link",
                            "rel",
                            "next")
                    .close("div")
                    .nl();
        }
        html.close("nav").nl();
    }

    /** The search page's URL for other words, terms or page, as its form would send them. */
    static String href(String action, String query, TermFilter filter, int page) {
        var url = new StringBuilder(action);
        url.append(action.indexOf('?') < 0 ? '?' : '&');
        url.append("q=").append(URLEncoder.encode(query, StandardCharsets.UTF_8));
        String terms = filter.toQuery();
        if (!terms.isEmpty()) {
            url.append('&').append(terms);
        }
        if (page > 1) {
            url.append("&page=").append(page);
        }
        return url.toString();
    }
}
