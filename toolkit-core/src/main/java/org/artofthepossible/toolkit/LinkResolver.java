package org.artofthepossible.toolkit;

import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.internal.PagesAdded;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;

/**
 * Maps an item to its URL in the host application, so that rendered links follow the host's own URL
 * scheme. Implementations must be deterministic, and one instance should be reused: it is part of
 * the render cache key.
 */
@FunctionalInterface
public interface LinkResolver {

    /**
     * Clean URLs from the site root, one folder per item: {@code /case-studies/plymouth-alliance/}.
     * Every locale variant of an item shares its URL; a host that serves locales at different URLs
     * supplies its own resolver.
     */
    LinkResolver CLEAN_URLS = item -> "/" + item.type().plural() + "/" + item.id() + "/";

    /**
     * Returns the URL of an item.
     *
     * @param item the item
     * @return its URL, absolute or relative to the host's pages
     */
    String href(ContentItem item);

    /**
     * Returns the URL of the list of one item type. By default {@code /case-studies/} and so on,
     * matching {@link #CLEAN_URLS}.
     *
     * @param type the item type
     * @return its list's URL
     */
    default String listHref(ItemType type) {
        return "/" + type.plural() + "/";
    }

    /**
     * Returns the URL of a list of one item type narrowed by a filter, in a locale; facet links use
     * it. By default {@link #listHref(ItemType)} with the filter's {@linkplain TermFilter#toQuery()
     * query} added: after {@code ?}, or after {@code &} when the list's URL has a query of its own
     * ({@code /index.php?list=case-studies&theme=health}), before any {@code #fragment}. A host
     * with other URLs for filtered lists, or for locales, overrides it.
     *
     * @param type the item type
     * @param filter the terms the list is narrowed to; {@link TermFilter#none()} for the whole list
     * @param locale the locale of the page the link is on
     * @return the filtered list's URL
     */
    default String listHref(ItemType type, TermFilter filter, Locale locale) {
        String base = listHref(type);
        String query = filter.toQuery();
        if (query.isEmpty()) {
            return base;
        }
        int hash = base.indexOf('#');
        String fragment = hash < 0 ? "" : base.substring(hash);
        String url = hash < 0 ? base : base.substring(0, hash);
        return url
                + (url.indexOf('?') < 0 ? "?" : url.endsWith("?") || url.endsWith("&") ? "" : "&")
                + query
                + fragment;
    }

    /**
     * Returns the URL of the toolkit's home page. By default {@code /}.
     *
     * @return the home page's URL
     */
    default String homeHref() {
        return "/";
    }

    /**
     * Returns the URL of the page that holds the toolkit's menu alone. By default {@code /menu/},
     * matching {@link CleanUrls}.
     *
     * @return the menu page's URL
     */
    default String menuHref() {
        return "/menu/";
    }

    /**
     * Returns the URL of the site's accessibility statement, which every page's footer links when
     * the toolkit has one. By default {@code /accessibility/}, matching {@link CleanUrls}.
     *
     * @return the statement's URL
     */
    default String accessibilityHref() {
        return "/accessibility/";
    }

    /**
     * Returns the URL of the site's search page, which takes the words as the {@code q} query
     * parameter of a GET. Pages show a search box only when there is one; by default there is none,
     * since a host searches only once it runs a search engine (such as {@code toolkit-search})
     * behind that URL.
     *
     * @return the search page's URL, or empty for a site without search
     */
    default Optional<String> searchHref() {
        return Optional.empty();
    }

    /**
     * Returns the URL of the form on which a visitor asks the community a question. The FAQ page
     * and every question's page link to it ("Ask a question") only when there is one; by default
     * there is none, since only a server that keeps questions (such as {@code toolkit serve} with
     * {@code toolkit-questions}) can take them: a page never shows a form that posts nowhere.
     *
     * @return the question form's URL, or empty for a site that takes no questions
     */
    default Optional<String> questionsHref() {
        return Optional.empty();
    }

    /**
     * Returns the URL of a file a renderer's pages use, such as a stylesheet. By default {@code
     * /assets/NAME}; a host that serves the files elsewhere, or a static site opened from disk,
     * supplies its own.
     *
     * @param name the file name, for example {@code toolkit.css}
     * @return its URL
     */
    default String assetHref(String name) {
        return "/assets/" + name;
    }

    /**
     * Returns this resolver with a search page: every link as this one makes it, and {@link
     * #searchHref()} the given URL.
     *
     * @param href the search page's URL, for example {@code /search}
     * @return the resolver; reuse it, since it is part of the render cache key
     */
    default LinkResolver withSearch(String href) {
        return new PagesAdded(this, Optional.of(href), questionsHref());
    }

    /**
     * Returns this resolver with a question form: every link as this one makes it, and {@link
     * #questionsHref()} the given URL.
     *
     * @param href the question form's URL, for example {@code /questions/new}
     * @return the resolver; reuse it, since it is part of the render cache key
     */
    default LinkResolver withQuestions(String href) {
        return new PagesAdded(this, searchHref(), Optional.of(href));
    }
}
