package org.artofthepossible.toolkit.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.CleanUrls;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;

/**
 * Where each view lives on the site, shared by {@code export} and {@code serve}: the clean URLs of
 * {@link org.artofthepossible.toolkit.CleanUrls}, and the same under {@code /api/} as JSON.
 */
final class SiteLayout {
    /** One page of the site: its view and its folder, relative to the root ("" for the root). */
    record Page(View view, String folder) {
        /** How deep the folder is, to link back to the root with {@code ../}. */
        int depth() {
            return folder.isEmpty() ? 0 : folder.split("/").length;
        }
    }

    /** Where the search page lives: {@code /search} served, {@code search/index.html} exported. */
    static final String SEARCH_FOLDER = "search";

    /** The links of served pages: clean URLs, and the search page at {@code /search}. */
    static final LinkResolver SERVED_LINKS =
            LinkResolver.CLEAN_URLS.withSearch("/" + SEARCH_FOLDER);

    private SiteLayout() {}

    /**
     * Every page: home, menu, the four lists, each list narrowed to each term its items have (the
     * pages its filter links lead to, such as {@code case-studies/theme/housing}), and every
     * published item.
     */
    static List<Page> pages(Toolkit toolkit, Locale locale) {
        var pages = new ArrayList<Page>();
        pages.add(new Page(View.home(), ""));
        pages.add(new Page(View.menu(), "menu"));
        for (ItemType type : ItemType.values()) {
            pages.add(new Page(View.list(type), type.plural()));
            toolkit.facets(type, TermFilter.none(), locale)
                    .forEach(
                            (vocabulary, counts) ->
                                    counts.forEach(
                                            (term, count) -> {
                                                if (count > 0) {
                                                    pages.add(termPage(type, vocabulary, term));
                                                }
                                            }));
            for (ContentItem item : toolkit.list(type, locale)) {
                pages.add(new Page(View.item(item.id()), type.plural() + "/" + item.id()));
            }
        }
        return pages;
    }

    private static Page termPage(ItemType type, String vocabulary, String term) {
        TermRef ref = TermRef.of(vocabulary, term);
        String path = CleanUrls.termListPath(type, ref);
        return new Page(
                View.list(type, TermFilter.allOf(ref)), path.substring(1, path.length() - 1));
    }

    /**
     * Links for a static site opened from disk as well as served: relative to the page's folder,
     * naming {@code index.html} because a browser shows a folder, not its index, from disk; and the
     * question form of a running server, when the export is given one.
     */
    record RelativeLinks(String toRoot, Optional<String> questionsHref) implements LinkResolver {
        static RelativeLinks from(Page page, Optional<String> questionsHref) {
            return new RelativeLinks("../".repeat(page.depth()), questionsHref);
        }

        @Override
        public String href(ContentItem item) {
            return toRoot + item.type().plural() + "/" + item.id() + "/index.html";
        }

        @Override
        public String listHref(ItemType type) {
            return toRoot + type.plural() + "/index.html";
        }

        /** A list narrowed to one term is that term's page; the export writes no other. */
        @Override
        public String listHref(ItemType type, TermFilter filter, Locale locale) {
            if (filter.terms().size() == 1) {
                return toRoot
                        + CleanUrls.termListPath(type, filter.terms().get(0)).substring(1)
                        + "index.html";
            }
            return LinkResolver.super.listHref(type, filter, locale);
        }

        @Override
        public String homeHref() {
            return toRoot + "index.html";
        }

        @Override
        public String menuHref() {
            return toRoot + "menu/index.html";
        }

        @Override
        public String assetHref(String name) {
            return toRoot + "assets/" + name;
        }

        @Override
        public Optional<String> searchHref() {
            return Optional.of(toRoot + SEARCH_FOLDER + "/index.html");
        }
    }
}
