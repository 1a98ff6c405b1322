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

    /**
     * One language of an exported site: its locale and its folder below the site root, {@code ""}
     * for the site's own language and the language tag for each other, {@code cy/}.
     */
    record Language(Locale locale, String folder) {
        /** How deep the folder is. */
        int depth() {
            return folder.isEmpty() ? 0 : folder.split("/").length;
        }

        /** The folder of a page of this language, from the site root ("" for the root). */
        String folderOf(Page page) {
            return page.folder().isEmpty()
                    ? folder.substring(0, Math.max(0, folder.length() - 1))
                    : folder + page.folder();
        }
    }

    /**
     * The languages of an exported site: the given one at the root, then each other language of the
     * toolkit, in its order, in a folder of its own.
     */
    static List<Language> languages(Toolkit toolkit, Locale root) {
        var languages = new ArrayList<Language>();
        languages.add(new Language(root, ""));
        for (Locale locale : toolkit.info().locales()) {
            if (!locale.equals(root)) {
                languages.add(new Language(locale, locale.toLanguageTag() + "/"));
            }
        }
        return languages;
    }

    /** Where the search page lives: {@code /search} served, {@code search/index.html} exported. */
    static final String SEARCH_FOLDER = "search";

    /** The links of served pages: clean URLs, and the search page at {@code /search}. */
    static final LinkResolver SERVED_LINKS =
            LinkResolver.CLEAN_URLS.withSearch("/" + SEARCH_FOLDER);

    private SiteLayout() {}

    /**
     * The links of served pages in one language, below its folder: {@code /cy/case-studies/}. Every
     * page's link is below it; the files under {@code /assets/} and the question form are not,
     * since every language shares them.
     *
     * @param links the links of the pages at the site root
     * @param folder the language's folder from the site root, such as {@code /cy}
     */
    record LanguageLinks(LinkResolver links, String folder) implements LinkResolver {
        @Override
        public String href(ContentItem item) {
            return folder + links.href(item);
        }

        @Override
        public String listHref(ItemType type) {
            return folder + links.listHref(type);
        }

        @Override
        public String listHref(ItemType type, TermFilter filter, Locale locale) {
            return folder + links.listHref(type, filter, locale);
        }

        @Override
        public String homeHref() {
            return folder + links.homeHref();
        }

        @Override
        public String menuHref() {
            return folder + links.menuHref();
        }

        @Override
        public String accessibilityHref() {
            return folder + links.accessibilityHref();
        }

        @Override
        public Optional<String> searchHref() {
            return links.searchHref().map(href -> folder + href);
        }

        @Override
        public Optional<String> questionsHref() {
            return links.questionsHref();
        }

        @Override
        public String assetHref(String name) {
            return links.assetHref(name);
        }
    }

    /**
     * Every page: home, menu, the accessibility statement when the toolkit has one, the four lists,
     * each list narrowed to each term its items have (the pages its filter links lead to, such as
     * {@code case-studies/theme/housing}), and every published item.
     */
    static List<Page> pages(Toolkit toolkit, Locale locale) {
        var pages = new ArrayList<Page>();
        pages.add(new Page(View.home(), ""));
        pages.add(new Page(View.menu(), "menu"));
        if (toolkit.info().accessibility().isPresent()) {
            pages.add(new Page(View.accessibility(), "accessibility"));
        }
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
     * naming {@code index.html} because a browser shows a folder, not its index, from disk; to the
     * pages of one language; and the question form of a running server, when the export is given
     * one. Every language shares the files under {@code assets/}.
     *
     * @param toRoot the way from the page's folder up to the site root, {@code ../../}
     * @param language the folder of the language the links lead to
     * @param questionsHref the question form's URL
     */
    record RelativeLinks(String toRoot, String language, Optional<String> questionsHref)
            implements LinkResolver {
        static RelativeLinks from(Language language, Page page, Optional<String> questionsHref) {
            return new RelativeLinks(
                    "../".repeat(language.depth() + page.depth()),
                    language.folder(),
                    questionsHref);
        }

        /** The same page's links to the pages of another language. */
        RelativeLinks to(Language other) {
            return new RelativeLinks(toRoot, other.folder(), questionsHref);
        }

        @Override
        public String href(ContentItem item) {
            return toRoot + language + item.type().plural() + "/" + item.id() + "/index.html";
        }

        @Override
        public String listHref(ItemType type) {
            return toRoot + language + type.plural() + "/index.html";
        }

        /** A list narrowed to one term is that term's page; the export writes no other. */
        @Override
        public String listHref(ItemType type, TermFilter filter, Locale locale) {
            if (filter.terms().size() == 1) {
                return toRoot
                        + language
                        + CleanUrls.termListPath(type, filter.terms().get(0)).substring(1)
                        + "index.html";
            }
            return LinkResolver.super.listHref(type, filter, locale);
        }

        @Override
        public String homeHref() {
            return toRoot + language + "index.html";
        }

        @Override
        public String menuHref() {
            return toRoot + language + "menu/index.html";
        }

        @Override
        public String accessibilityHref() {
            return toRoot + language + "accessibility/index.html";
        }

        @Override
        public String assetHref(String name) {
            return toRoot + "assets/" + name;
        }

        @Override
        public Optional<String> searchHref() {
            return Optional.of(toRoot + language + SEARCH_FOLDER + "/index.html");
        }
    }
}
