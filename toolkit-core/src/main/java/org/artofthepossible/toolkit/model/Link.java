package org.artofthepossible.toolkit.model;

import java.util.Objects;

/**
 * A labelled link to a URL: a related web page, a source a fact was taken from, a download.
 *
 * <p>The URL is kept as written; the validator reports URLs whose scheme is not {@code http},
 * {@code https} or {@code mailto} and that are not relative.
 *
 * @param label the text a reader sees
 * @param url the target, absolute or relative
 */
public record Link(String label, String url) {
    /** Checks both parts are present. */
    public Link {
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(url, "url");
    }

    /**
     * Creates a link.
     *
     * @param label the text a reader sees
     * @param url the target
     * @return the link
     */
    public static Link of(String label, String url) {
        return new Link(label, url);
    }
}
