package org.artofthepossible.toolkit;

import org.artofthepossible.toolkit.model.ContentItem;

/**
 * Maps an item to its URL in the host application, so that rendered links follow the host's own URL
 * scheme. Implementations must be deterministic, and one instance should be reused: it is part of
 * the render cache key.
 */
@FunctionalInterface
public interface LinkResolver {

    /**
     * Clean URLs relative to the site root: {@code /case-studies/plymouth-alliance/}, with the
     * locale as a prefix for variants other than the default ({@code /cy/case-studies/...}) left to
     * hosts that need it.
     */
    LinkResolver CLEAN_URLS = item -> "/" + item.type().plural() + "/" + item.id() + "/";

    /**
     * Returns the URL of an item.
     *
     * @param item the item
     * @return its URL, absolute or relative to the host's pages
     */
    String href(ContentItem item);
}
