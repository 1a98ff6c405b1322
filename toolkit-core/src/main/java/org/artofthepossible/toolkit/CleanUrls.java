package org.artofthepossible.toolkit;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;

/**
 * The view a clean URL shows: the inverse of {@link LinkResolver#CLEAN_URLS}, for hosts that serve
 * the toolkit's pages. {@code /} is the home page, {@code /menu/} the menu, {@code /case-studies/}
 * a list, {@code /case-studies/plymouth-alliance/} an item; a list's query string, such as {@code
 * ?procurement-route=alliance-contract}, filters it.
 */
public final class CleanUrls {
    private CleanUrls() {}

    /**
     * Returns the view of a path, if any: a published item of the type its folder names, never a
     * draft.
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
        String[] parts = trimmed.split("/");
        Optional<ItemType> type = type(parts[0]);
        if (type.isEmpty() || parts.length > 2) {
            return Optional.empty();
        }
        if (parts.length == 1) {
            return Optional.of(View.list(type.get()));
        }
        return toolkit.item(parts[1], locale)
                .filter(item -> item.type() == type.get() && !item.metadata().draft())
                .map(item -> View.item(item.id()));
    }

    /**
     * Returns the view of a path with its query string: a list narrowed by the query's terms.
     *
     * @param path the path below the site's root
     * @param query the query string without its {@code ?}, or null
     * @param toolkit the snapshot
     * @param locale the reader's locale
     * @return the view, or empty when the path shows none
     */
    public static Optional<View> view(String path, String query, Toolkit toolkit, Locale locale) {
        TermFilter filter = filter(query, toolkit);
        return view(path, toolkit, locale)
                .map(
                        view ->
                                view instanceof View.ListView list && !filter.terms().isEmpty()
                                        ? View.list(list.type(), filter)
                                        : view);
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
