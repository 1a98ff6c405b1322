package org.artofthepossible.toolkit;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
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
        ALL,
        /**
         * The item has at least one of the terms of each vocabulary the filter names: any within a
         * vocabulary, all across them ({@code theme} health or housing, and {@code region} London).
         */
        ANY_IN_EACH_VOCABULARY
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
     * Items with at least one of the terms of each vocabulary named: any within a vocabulary, all
     * across them.
     *
     * @param terms the terms
     * @return the filter
     */
    public static TermFilter anyInEachVocabulary(TermRef... terms) {
        return new TermFilter(Match.ANY_IN_EACH_VOCABULARY, List.of(terms));
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
        // Loops over the few terms, with nothing allocated: a list tests every item it could show.
        return switch (match) {
            case ANY -> anyOf(itemTerms, null);
            case ALL -> {
                for (TermRef term : terms) {
                    if (!itemTerms.contains(term)) {
                        yield false;
                    }
                }
                yield true;
            }
            case ANY_IN_EACH_VOCABULARY -> {
                for (TermRef term : terms) {
                    if (!anyOf(itemTerms, term.vocabulary())) {
                        yield false;
                    }
                }
                yield true;
            }
        };
    }

    /** Whether the item has one of this filter's terms, of one vocabulary or (null) of any. */
    private boolean anyOf(Terms itemTerms, String vocabulary) {
        for (TermRef term : terms) {
            if ((vocabulary == null || term.vocabulary().equals(vocabulary))
                    && itemTerms.contains(term)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The terms grouped by vocabulary, in the order the vocabularies first appear.
     *
     * @return per vocabulary id, its terms in this filter
     */
    public Map<String, List<TermRef>> byVocabulary() {
        var groups = new LinkedHashMap<String, List<TermRef>>();
        for (TermRef term : terms) {
            groups.computeIfAbsent(term.vocabulary(), v -> new ArrayList<>()).add(term);
        }
        groups.replaceAll((vocabulary, group) -> List.copyOf(group));
        return Collections.unmodifiableMap(groups);
    }

    /**
     * The value of the {@code match} parameter {@link #toQuery()} writes, when it needs one to be
     * read back as this filter: {@code any} for several terms of which any will do, {@code all} for
     * every one of several terms of one vocabulary.
     *
     * @return the value, or empty when the terms alone say how they combine
     */
    public Optional<String> matchParameter() {
        if (match == Match.ANY && terms.size() > 1) {
            return Optional.of("any");
        }
        if (match == Match.ALL && repeatsAVocabulary(terms)) {
            return Optional.of("all");
        }
        return Optional.empty();
    }

    /**
     * Writes the filter as a URL query, the form {@link #fromQuery} reads: one {@code
     * vocabulary=term} pair a term, joined by {@code &}, and the {@linkplain #matchParameter()
     * match parameter} when it needs one. Empty for a filter that matches everything.
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
        matchParameter().ifPresent(value -> query.append("&match=").append(value));
        return query.toString();
    }

    /**
     * Reads a URL query as a filter: each {@code vocabulary=term} pair whose both parts are slugs
     * is a term. Terms of one vocabulary are alternatives and vocabularies all apply ({@code
     * theme=health&theme=housing&region=london} lists items on health or housing in London: {@link
     * Match#ANY_IN_EACH_VOCABULARY}, read as {@link Match#ALL} when no vocabulary repeats), unless
     * {@code match=any} or {@code match=all} is given. Anything else (other parameters, malformed
     * escapes, pairs without {@code =}) is ignored, so a query can carry parameters of the host's
     * own.
     *
     * @param query the query without its {@code ?}, possibly null or empty
     * @return the filter; {@link #none()} when no pair is a term
     */
    public static TermFilter fromQuery(String query) {
        if (query == null || query.isEmpty()) {
            return NONE;
        }
        var terms = new ArrayList<TermRef>();
        Match match = null;
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
        if (terms.isEmpty()) {
            return NONE;
        }
        if (match == null) {
            match = repeatsAVocabulary(terms) ? Match.ANY_IN_EACH_VOCABULARY : Match.ALL;
        }
        return new TermFilter(match, terms);
    }

    /** Whether two of the terms are of one vocabulary, where "all" and "any in each" differ. */
    private static boolean repeatsAVocabulary(List<TermRef> terms) {
        return terms.stream().map(TermRef::vocabulary).distinct().count() < terms.size();
    }

    private static String encode(String slug) {
        return URLEncoder.encode(slug, StandardCharsets.UTF_8);
    }
}
