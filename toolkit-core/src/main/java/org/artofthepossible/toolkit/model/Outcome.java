package org.artofthepossible.toolkit.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A statement of fact in a case study with its headline figure: a result among its outcomes, or a
 * fact about the need or the aim among its context.
 *
 * @param text what happened, or what was the case, plain text
 * @param figure the headline figure, as written, for example {@code "62.5%"} or {@code "up to 200"}
 * @param cites ids of the item's {@link Source sources} that state it
 */
public record Outcome(String text, Optional<String> figure, List<String> cites) {
    /** Checks the parts. */
    public Outcome {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(figure, "figure");
        cites = List.copyOf(cites);
    }

    /**
     * Creates a statement that cites no source.
     *
     * @param text what happened
     * @param figure the headline figure
     */
    public Outcome(String text, Optional<String> figure) {
        this(text, figure, List.of());
    }

    /**
     * Creates a statement without a headline figure or citation.
     *
     * @param text what happened
     * @return the outcome
     */
    public static Outcome of(String text) {
        return new Outcome(text, Optional.empty());
    }
}
