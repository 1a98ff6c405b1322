package org.artofthepossible.toolkit.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;

/**
 * The taxonomy terms an item is tagged with, across all vocabularies, without duplicates and in a
 * fixed order (by vocabulary, then term).
 *
 * @param all every term reference
 */
public record Terms(List<TermRef> all) {
    private static final Comparator<TermRef> ORDER =
            Comparator.comparing(TermRef::vocabulary).thenComparing(TermRef::term);
    private static final Terms NONE = new Terms(List.of());

    /** Copies, removes duplicates and orders the references. */
    public Terms {
        all = all.stream().distinct().sorted(ORDER).toList();
    }

    /**
     * Returns the empty set of terms.
     *
     * @return no terms
     */
    public static Terms none() {
        return NONE;
    }

    /**
     * Creates a set of terms.
     *
     * @param refs the term references
     * @return the terms
     */
    public static Terms of(TermRef... refs) {
        return new Terms(List.of(refs));
    }

    /**
     * Creates a set of terms.
     *
     * @param refs the term references
     * @return the terms
     */
    public static Terms of(Collection<TermRef> refs) {
        return new Terms(List.copyOf(refs));
    }

    /**
     * Returns the term ids of one vocabulary.
     *
     * @param vocabulary a vocabulary id
     * @return the term ids, in order; empty when the item has none in that vocabulary
     */
    public List<String> in(String vocabulary) {
        // Loops, not streams: pages and JSON ask this of every item in a list, several times.
        List<String> terms = null;
        for (TermRef ref : all) {
            if (ref.vocabulary().equals(vocabulary)) {
                if (terms == null) {
                    terms = new ArrayList<>(all.size());
                }
                terms.add(ref.term());
            }
        }
        return terms == null ? List.of() : Collections.unmodifiableList(terms);
    }

    /**
     * Returns the vocabularies the terms belong to.
     *
     * @return vocabulary ids, in order, without duplicates
     */
    public List<String> vocabularies() {
        var vocabularies = new ArrayList<String>();
        for (TermRef ref : all) {
            // In order by vocabulary: a repeated one follows itself.
            if (vocabularies.isEmpty()
                    || !vocabularies.get(vocabularies.size() - 1).equals(ref.vocabulary())) {
                vocabularies.add(ref.vocabulary());
            }
        }
        return Collections.unmodifiableList(vocabularies);
    }

    /**
     * Tells whether a term is present.
     *
     * @param ref the term
     * @return true when this set holds it
     */
    public boolean contains(TermRef ref) {
        return all.contains(ref);
    }

    /**
     * Tells whether there are no terms.
     *
     * @return true when empty
     */
    public boolean isEmpty() {
        return all.isEmpty();
    }
}
