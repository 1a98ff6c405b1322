package org.artofthepossible.toolkit.render.html;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.search.SearchRequest;
import org.artofthepossible.toolkit.search.ToolkitSearch;

/** Every view of the bundled toolkit, for tests that check all pages. */
final class BundledPages {
    private static final ToolkitEngine ENGINE =
            ToolkitEngine.builder().source(BundledToolkit.source()).strict(true).build();

    /** Search pages: before a search, with hits on two pages, without hits and narrowed. */
    static final Map<String, View.SearchView> SEARCHES = searches();

    private BundledPages() {}

    private static Map<String, View.SearchView> searches() {
        ToolkitSearch search = ToolkitSearch.create();
        Toolkit toolkit = ENGINE.toolkit();
        var views = new LinkedHashMap<String, View.SearchView>();
        views.put("not-searched", View.search(SearchResults.notSearched(toolkit, Locale.ENGLISH)));
        views.put(
                "alliance",
                View.search(search.search(toolkit, SearchRequest.of("alliance").withPageSize(2))));
        views.put("no-hits", View.search(search.search(toolkit, SearchRequest.of("aliance zzqx"))));
        views.put(
                "narrowed-no-hits",
                View.search(
                        search.search(
                                toolkit,
                                SearchRequest.of("football")
                                        .withFilter(
                                                TermFilter.allOf(
                                                        TermRef.of(
                                                                "procurement-route",
                                                                "alliance-contract"))))));
        return views;
    }

    static ToolkitEngine engine() {
        return ENGINE;
    }

    static List<View> views() {
        var views = new ArrayList<View>();
        views.add(View.home());
        views.add(View.menu());
        for (ItemType type : ItemType.values()) {
            views.add(View.list(type));
        }
        for (ContentItem item : ENGINE.toolkit().items()) {
            if (item.locale().equals(Locale.ENGLISH)) {
                views.add(View.item(item.id()));
            }
        }
        views.addAll(SEARCHES.values());
        views.add(View.notFound());
        views.add(View.accessibility());
        return views;
    }

    static String render(View view, RenderOptions options) {
        return ENGINE.render(view, "html", options).content();
    }
}
