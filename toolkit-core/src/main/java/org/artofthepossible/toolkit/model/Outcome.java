package org.artofthepossible.toolkit.model;

import java.util.Objects;
import java.util.Optional;

/**
 * A result a case study reports.
 *
 * @param text what happened, plain text
 * @param figure the headline figure, as written, for example {@code "62.5%"}
 */
public record Outcome(String text, Optional<String> figure) {
    /** Checks the parts. */
    public Outcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(figure, "figure");
    }

    /**
     * Creates an outcome without a headline figure.
     *
     * @param text what happened
     * @return the outcome
     */
    public static Outcome of(String text) {
        return new Outcome(text, Optional.empty());
    }
}
