package org.artofthepossible.toolkit.model;

import java.util.List;
import java.util.Objects;

/**
 * A passage with the sources that state it.
 *
 * @param text the passage per locale, plain text
 * @param cites ids of the sources that state it, among the sources of what holds the passage
 */
public record CitedText(LocalizedText text, List<String> cites) {
    /** Checks the parts. */
    public CitedText {
        Objects.requireNonNull(text, "text");
        cites = List.copyOf(cites);
    }
}
