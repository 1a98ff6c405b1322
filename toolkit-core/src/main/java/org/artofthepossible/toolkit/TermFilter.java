package org.artofthepossible.toolkit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.artofthepossible.toolkit.model.Slugs;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Terms;

/**
 * Which taxonomy terms an item must have to be listed.
 *
 * @param match whether any or all of the terms are needed
 * @param terms the terms; an empty list matches every item
 */
public record TermFilter(Match match, List<TermRef> terms) {
    private static final TermFilter NONE = new TermFilter(Match.ALL, List.of());

    /** How the terms combine. */
    public enum Match {
        /** The item has at least one of the terms. */
        ANY,
        /** The item has every one of the terms. */
        ALL
    }

    /** Copies the terms. */
    public TermFilter {
        Objects.requireNonNull(match, "match");
        terms = List.copyOf(terms);
    }

    /**
     * A filter that matches every item.
     *
     * @return the filter
     */
    public static TermFilter none() {
        return NONE;
    }

    /**
     * Items with at least one of the terms.
     *
     * @param terms the terms
     * @return the filter
     */
    public static TermFilter anyOf(TermRef... terms) {
        return new TermFilter(Match.ANY, List.of(terms));
    }

    /**
     * Items with every one of the terms.
     *
     * @param terms the terms
     * @return the filter
     */
    public static TermFilter allOf(TermRef... terms) {
        return new TermFilter(Match.ALL, List.of(terms));
    }

    /**
     * Tells whether an item's terms pass this filter.
     *
     * @param itemTerms the item's terms
     * @return true when they match
     */
    public boolean test(Terms itemTerms) {
        if (terms.isEmpty()) {
            return true;
        }
        return match == Match.ANY
                ? terms.stream().anyMatch(itemTerms::contains)
                : terms.stream().allMatch(itemTerms::contains);
    }

    /**
     * Writes the filter as a URL query, the form {@link #fromQuery} reads: one {@code
     * vocabulary=term} pair a term, joined by {@code &}, and {@code match=any} when any of the
     * terms will do. Empty for a filter that matches everything.
     *
     * @return for example {@code theme=health&procurement-route=alliance-contract}
     */
    public String toQuery() {
        var query = new StringBuilder();
        for (TermRef term : terms) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(encode(term.vocabulary())).append('=').append(encode(term.term()));
        }
        if (match == Match.ANY && terms.size() > 1) {
            query.append("&match=any");
        }
        return query.toString();
    }

    /**
     * Reads a URL query as a filter: each {@code vocabulary=term} pair whose both parts are slugs
     * is a term; every term is needed, unless {@code match=any} is given. Anything else (other
     * parameters, malformed escapes, pairs without {@code =}) is ignored, so a query can carry
     * parameters of the host's own.
     *
     * @param query the query without its {@code ?}, possibly null or empty
     * @return the filter; {@link #none()} when no pair is a term
     */
    public static TermFilter fromQuery(String query) {
        if (query == null || query.isEmpty()) {
            return NONE;
        }
        var terms = new ArrayList<TermRef>();
        Match match = Match.ALL;
        for (String pair : query.split("&")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                continue;
            }
            String name;
            String value;
            try {
                name = URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8);
                value = URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                continue; // a malformed escape: not a term
            }
            if (name.equals("match") && (value.equals("any") || value.equals("all"))) {
                match = value.equals("any") ? Match.ANY : Match.ALL;
            } else if (Slugs.isSlug(name) && Slugs.isSlug(value)) {
                TermRef term = TermRef.of(name, value);
                if (!terms.contains(term)) {
                    terms.add(term);
                }
            }
        }
        return terms.isEmpty() ? NONE : new TermFilter(match, terms);
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
