package org.artofthepossible.toolkit.model;

/**
 * A reference to one term of one vocabulary, for example {@code procurement-route:
 * innovation-partnership}.
 *
 * @param vocabulary the vocabulary id, a slug
 * @param term the term id, a slug
 */
public record TermRef(String vocabulary, String term) {
    /** Checks both ids are slugs. */
    public TermRef {
        Slugs.requireSlug(vocabulary, "vocabulary id");
        Slugs.requireSlug(term, "term id");
    }

    /**
     * Creates a reference.
     *
     * @param vocabulary the vocabulary id
     * @param term the term id
     * @return the reference
     */
    public static TermRef of(String vocabulary, String term) {
        return new TermRef(vocabulary, term);
    }

    /** Returns {@code vocabulary:term}. */
    @Override
    public String toString() {
        return vocabulary + ":" + term;
    }
}
