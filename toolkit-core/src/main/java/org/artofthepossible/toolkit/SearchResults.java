package org.artofthepossible.toolkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.artofthepossible.toolkit.model.ContentItem;

/**
 * One page of answers to a search of one snapshot, as a search engine (such as {@code
 * toolkit-search}) found them: what renderers render for a {@link View#search(SearchResults) search
 * view}. A value: it holds the items it found, so it renders the same whatever a reload does
 * meanwhile, and only with the snapshot it was found in.
 *
 * @param version the {@linkplain Toolkit#version() version} of the snapshot searched
 * @param query the words searched for, as the visitor typed them (trimmed); empty before a search
 * @param filter the terms the results were narrowed to
 * @param locale the locale searched
 * @param page the page, from 1
 * @param pageSize the most hits a page holds
 * @param total how many items matched in all
 * @param hits this page's hits, best first
 * @param facets per vocabulary id, per term id, how many of the matching items have the term, in
 *     the vocabularies' order, as {@link Toolkit#facets} counts a list
 * @param suggestions words to try instead, such as a spelling correction; empty when none
 */
public record SearchResults(
        String version,
        String query,
        TermFilter filter,
        Locale locale,
        int page,
        int pageSize,
        long total,
        List<Hit> hits,
        Map<String, Map<String, Integer>> facets,
        List<String> suggestions) {

    /**
     * Checks and copies the parts.
     *
     * @throws IllegalArgumentException when the page or page size is below 1, or the total is below
     *     the hits of this page
     */
    public SearchResults {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(locale, "locale");
        if (page < 1 || pageSize < 1) {
            throw new IllegalArgumentException(
                    "page and page size start at 1; got page " + page + ", size " + pageSize);
        }
        hits = List.copyOf(hits);
        if (total < hits.size()) {
            throw new IllegalArgumentException(
                    "a total of " + total + " is fewer than the " + hits.size() + " hits given");
        }
        var copy = new LinkedHashMap<String, Map<String, Integer>>();
        facets.forEach(
                (vocabulary, counts) ->
                        copy.put(
                                vocabulary,
                                Collections.unmodifiableMap(new LinkedHashMap<>(counts))));
        facets = Collections.unmodifiableMap(copy);
        suggestions = List.copyOf(suggestions);
    }

    /**
     * The results before any search: no words, no hits; what a search page shows with its empty
     * form.
     *
     * @param toolkit the snapshot the page is of
     * @param locale the page's locale
     * @return the results
     */
    public static SearchResults notSearched(Toolkit toolkit, Locale locale) {
        return new SearchResults(
                toolkit.version(),
                "",
                TermFilter.none(),
                locale,
                1,
                1,
                0,
                List.of(),
                Map.of(),
                List.of());
    }

    /**
     * The number of pages the total fills.
     *
     * @return at least 1
     */
    public int pages() {
        return (int) Math.max(1, (total + pageSize - 1) / pageSize);
    }

    /**
     * One item found, with the passage that matched.
     *
     * @param item the item, in the locale searched (or the one it fell back to)
     * @param snippet a passage of its text with the matched words marked; empty when only its title
     *     or terms matched
     */
    public record Hit(ContentItem item, List<Fragment> snippet) {
        /** Checks and copies the parts. */
        public Hit {
            Objects.requireNonNull(item, "item");
            snippet = List.copyOf(snippet);
        }
    }

    /**
     * A piece of a snippet. Plain text: a renderer escapes it, and marks the matched pieces its own
     * way (HTML with {@code <mark>}).
     *
     * @param text the text
     * @param match whether it is a word the query matched
     */
    public record Fragment(String text, boolean match) {
        /** Checks the text. */
        public Fragment {
            Objects.requireNonNull(text, "text");
        }
    }
}
