package org.artofthepossible.toolkit.model;

import java.util.Objects;

/**
 * Rich text as Markdown source (CommonMark). Renderers decide how to present it; the model never
 * holds rendered markup, so no content can bypass a renderer's escaping.
 *
 * @param markdown the Markdown source, possibly empty
 */
public record RichText(String markdown) {
    private static final RichText EMPTY = new RichText("");

    /** Checks the source is present. */
    public RichText {
        Objects.requireNonNull(markdown, "markdown");
    }

    /**
     * Wraps Markdown source.
     *
     * @param markdown the Markdown source
     * @return the rich text
     */
    public static RichText of(String markdown) {
        return markdown.isEmpty() ? EMPTY : new RichText(markdown);
    }

    /**
     * Returns rich text with no content.
     *
     * @return the empty rich text
     */
    public static RichText empty() {
        return EMPTY;
    }

    /**
     * Tells whether there is any non-blank source.
     *
     * @return true when the source is empty or only white space
     */
    public boolean isBlank() {
        return markdown.isBlank();
    }
}
