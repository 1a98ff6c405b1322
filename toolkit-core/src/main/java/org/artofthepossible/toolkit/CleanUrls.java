package org.artofthepossible.toolkit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;

/**
 * The view a clean URL shows: the inverse of {@link LinkResolver#CLEAN_URLS}, for hosts that serve
 * the toolkit's pages. {@code /} is the home page, {@code /menu/} the menu, {@code /case-studies/}
 * a list, {@code /case-studies/plymouth-alliance/} an item, {@code /case-studies/theme/housing/}
 * the list narrowed to one term (a page a static site can have), {@code /accessibility/} the
 * accessibility statement of a toolkit that has one; a list's query string, such as {@code
 * ?procurement-route=alliance-contract}, filters it.
 */
public final class CleanUrls {
    private CleanUrls() {}

    /**
     * Returns the clean path of a list narrowed to one term, the page of that term: {@code
     * /case-studies/theme/housing/}.
     *
     * @param type the item type
     * @param term the term
     * @return the path from the site's root
     */
    public static String termListPath(ItemType type, TermRef term) {
        return "/" + type.plural() + "/" + term.vocabulary() + "/" + term.term() + "/";
    }

    /**
     * Returns the clean path of a list narrowed by a filter: the {@linkplain #termListPath term's
     * page} for one term, else the list's path with the filter's query.
     *
     * @param type the item type
     * @param filter the filter
     * @return the path from the site's root, with its query if it has one
     */
    public static String listPath(ItemType type, TermFilter filter) {
        if (filter.terms().size() == 1) {
            return termListPath(type, filter.terms().get(0));
        }
        return LinkResolver.CLEAN_URLS.listHref(type, filter, Locale.ROOT);
    }

    /**
     * Returns the view of a path, if any: a published item of the type its folder names, never a
     * draft; the list of a term the toolkit declares; or the accessibility statement, when the
     * toolkit has one.
     *
     * @param path the path below the site's root, with or without slashes at either end
     * @param toolkit the snapshot to look items up in
     * @param locale the reader's locale
     * @return the view, or empty when the path shows none
     */
    public static Optional<View> view(String path, Toolkit toolkit, Locale locale) {
        String trimmed = path.replaceAll("^/+|/+$", "");
        if (trimmed.isEmpty()) {
            return Optional.of(View.home());
        }
        if (trimmed.equals("menu")) {
            return Optional.of(View.menu());
        }
        if (trimmed.equals("accessibility")) {
            return toolkit.info().accessibility().map(statement -> View.accessibility());
        }
        String[] parts = trimmed.split("/");
        Optional<ItemType> type = type(parts[0]);
        if (type.isEmpty() || parts.length > 3) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(View.list(type.get()));
        }
        if (parts.length == 3) {
            return toolkit.term(parts[1], parts[2])
                    .map(
                            t ->
                                    View.list(
                                            type.get(),
                                            TermFilter.allOf(TermRef.of(parts[1], t.id()))));
        }
        return toolkit.item(parts[1], locale)
                .filter(item -> item.type() == type.get() && !item.metadata().draft())
                .map(item -> View.item(item.id()));
    }

    /**
     * Returns the view of a path with its query string: a list narrowed by the query's terms, and
     * by the term its path names, if it names one.
     *
     * @param path the path below the site's root
     * @param query the query string without its {@code ?}, or null
     * @param toolkit the snapshot
     * @param locale the reader's locale
     * @return the view, or empty when the path shows none
     */
    public static Optional<View> view(String path, String query, Toolkit toolkit, Locale locale) {
        TermFilter filter = filter(query, toolkit);
        if (filter.terms().isEmpty()) {
            return view(path, toolkit, locale);
        }
        return view(path, toolkit, locale)
                .map(
                        view -> {
                            if (!(view instanceof View.ListView list)) {
                                return view;
                            }
                            String pathTerms = list.filter().toQuery();
                            return View.list(
                                    list.type(),
                                    pathTerms.isEmpty()
                                            ? filter
                                            : filter(pathTerms + "&" + query, toolkit));
                        });
    }

    /**
     * Returns the filter of a query string, keeping only terms of vocabularies the toolkit has, so
     * that a mistyped or stale link lists more rather than failing.
     *
     * @param query the query string without its {@code ?}, or null
     * @param toolkit the snapshot
     * @return the filter; {@link TermFilter#none()} when nothing in the query is one
     */
    public static TermFilter filter(String query, Toolkit toolkit) {
        TermFilter filter = TermFilter.fromQuery(query);
        List<TermRef> known =
                filter.terms().stream()
                        .filter(ref -> toolkit.vocabulary(ref.vocabulary()).isPresent())
                        .toList();
        return known.size() == filter.terms().size()
                ? filter
                : known.isEmpty() ? TermFilter.none() : new TermFilter(filter.match(), known);
    }

    private static Optional<ItemType> type(String plural) {
        for (ItemType type : ItemType.values()) {
            if (type.plural().equals(plural)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
