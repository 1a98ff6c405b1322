package org.artofthepossible.toolkit.model;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A taxonomy declared by the content, such as themes or procurement routes. Vocabularies are data,
 * not Java enums, so a new term needs no new release of the library.
 *
 * @param id the vocabulary id, a slug; see the constants for the built-in ids
 * @param label the label per locale
 * @param terms the terms, in the order the content declares them
 */
public record Vocabulary(String id, LocalizedText label, List<Term> terms) {
    /** Themes of a case study, for example children's services. */
    public static final String THEME = "theme";

    /**
     * Procurement routes as the case studies used them; {@link TodaysLaw#route(String)} says what
     * each would be today.
     */
    public static final String PROCUREMENT_ROUTE = "procurement-route";

    /** The procedures, notices and processes of the law in force now, which routes map to. */
    public static final String PROCEDURE_TODAY = "procedure-today";

    /** Regions and nations. */
    public static final String REGION = "region";

    /** Kinds of organisation, for example charity or local authority. */
    public static final String ORGANISATION_KIND = "organisation-kind";

    /** Kinds of model document, for example contract or checklist. */
    public static final String DOCUMENT_KIND = "document-kind";

    /** Categories that group questions on the FAQ page. */
    public static final String FAQ_CATEGORY = "faq-category";

    /** Checks the id, copies the terms and rejects two terms with one id. */
    public Vocabulary {
        Slugs.requireSlug(id, "vocabulary id");
        Objects.requireNonNull(label, "label");
        terms = List.copyOf(terms);
        var seen = new HashSet<String>();
        for (Term term : terms) {
            if (!seen.add(term.id())) {
                throw new IllegalArgumentException(
                        "vocabulary '" + id + "' declares term '" + term.id() + "' twice");
            }
        }
    }

    /**
     * Finds a term.
     *
     * @param termId the term id
     * @return the term, or empty when this vocabulary has no such term
     */
    public Optional<Term> term(String termId) {
        for (Term term : terms) { // without a stream: validation looks up every term of every item
            if (term.id().equals(termId)) {
                return Optional.of(term);
            }
        }
        return Optional.empty();
    }
}
