package org.artofthepossible.toolkit;

import java.util.List;
import java.util.Objects;
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
}
