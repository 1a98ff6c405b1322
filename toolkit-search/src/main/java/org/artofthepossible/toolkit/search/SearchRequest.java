package org.artofthepossible.toolkit.search;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.TermFilter;

/**
 * What a visitor searches for: words, optionally narrowed to terms, in a locale, one page at a
 * time. Words may use a little syntax: {@code "social value"} for a phrase, {@code -football} to
 * leave out, {@code |} for either; any other character is a word's, and no input is an error.
 *
 * <pre>{@code
 * SearchRequest request =
 *         SearchRequest.of("alliance contract")
 *                 .withFilter(TermFilter.allOf(TermRef.of("region", "south-west")))
 *                 .withLocale(Locale.ENGLISH)
 *                 .withPage(2);
 * }</pre>
 *
 * @param query the words; control characters become spaces, and words beyond the first {@value
 *     #MAX_QUERY_CHARS} characters are dropped, so any input is answered in bounded time
 * @param filter the terms every hit must have, as on lists
 * @param locale the locale to search in; empty for the toolkit's default, as is a locale it lacks
 * @param page the page, from 1; a page past the last holds no hits
 * @param pageSize the most hits a page holds, from 1 to {@value #MAX_PAGE_SIZE}
 */
public record SearchRequest(
        String query, TermFilter filter, Optional<Locale> locale, int page, int pageSize) {

    /** The hits a page holds unless the request says otherwise. */
    public static final int DEFAULT_PAGE_SIZE = 10;

    /** The most hits a page may hold. */
    public static final int MAX_PAGE_SIZE = 50;

    /** The longest query searched; the rest of a longer one is dropped. */
    public static final int MAX_QUERY_CHARS = 256;

    /**
     * Cleans the query and checks the rest.
     *
     * @throws IllegalArgumentException when the page is below 1 or the page size outside 1 to
     *     {@value #MAX_PAGE_SIZE}
     */
    public SearchRequest {
        Objects.requireNonNull(query, "query");
        Objects.requireNonNull(filter, "filter");
        Objects.requireNonNull(locale, "locale");
        if (page < 1) {
            throw new IllegalArgumentException("pages start at 1; got " + page);
        }
        if (pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException(
                    "a page holds 1 to " + MAX_PAGE_SIZE + " hits; got " + pageSize);
        }
        query = clean(query);
    }

    /**
     * Searches for words in the default locale, unfiltered, first page.
     *
     * @param query the words
     * @return the request
     */
    public static SearchRequest of(String query) {
        return new SearchRequest(query, TermFilter.none(), Optional.empty(), 1, DEFAULT_PAGE_SIZE);
    }

    /**
     * Returns this request narrowed to terms.
     *
     * @param value the filter
     * @return a new request
     */
    public SearchRequest withFilter(TermFilter value) {
        return new SearchRequest(query, value, locale, page, pageSize);
    }

    /**
     * Returns this request in a locale.
     *
     * @param value the locale
     * @return a new request
     */
    public SearchRequest withLocale(Locale value) {
        return new SearchRequest(query, filter, Optional.of(value), page, pageSize);
    }

    /**
     * Returns this request for another page.
     *
     * @param value the page, from 1
     * @return a new request
     */
    public SearchRequest withPage(int value) {
        return new SearchRequest(query, filter, locale, value, pageSize);
    }

    /**
     * Returns this request with another page size.
     *
     * @param value the page size, from 1 to {@value #MAX_PAGE_SIZE}
     * @return a new request
     */
    public SearchRequest withPageSize(int value) {
        return new SearchRequest(query, filter, locale, page, value);
    }

    private static String clean(String query) {
        var clean = new StringBuilder(Math.min(query.length(), MAX_QUERY_CHARS));
        for (int i = 0; i < query.length() && clean.length() < MAX_QUERY_CHARS; i++) {
            char c = query.charAt(i);
            clean.append(Character.isISOControl(c) || Character.isWhitespace(c) ? ' ' : c);
        }
        if (query.length() > MAX_QUERY_CHARS) {
            // Drop the word cut in two, unless the query is one long word.
            int space = clean.lastIndexOf(" ");
            if (space > 0) {
                clean.setLength(space);
            }
        }
        // A lone surrogate left by the cut, or sent, is not text.
        String text = clean.toString().replaceAll("\\p{Cs}", " ");
        return text.strip().replaceAll(" {2,}", " ");
    }
}
