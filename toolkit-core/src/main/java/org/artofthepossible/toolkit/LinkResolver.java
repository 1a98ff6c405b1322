package org.artofthepossible.toolkit;

import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;

/**
 * Maps an item to its URL in the host application, so that rendered links follow the host's own URL
 * scheme. Implementations must be deterministic, and one instance should be reused: it is part of
 * the render cache key.
 */
@FunctionalInterface
public interface LinkResolver {

    /**
     * Clean URLs from the site root, one folder per item: {@code /case-studies/plymouth-alliance/}.
     * Every locale variant of an item shares its URL; a host that serves locales at different URLs
     * supplies its own resolver.
     */
    LinkResolver CLEAN_URLS = item -> "/" + item.type().plural() + "/" + item.id() + "/";

    /**
     * Returns the URL of an item.
     *
     * @param item the item
     * @return its URL, absolute or relative to the host's pages
     */
    String href(ContentItem item);

    /**
     * Returns the URL of the list of one item type. By default {@code /case-studies/} and so on,
     * matching {@link #CLEAN_URLS}.
     *
     * @param type the item type
     * @return its list's URL
     */
    default String listHref(ItemType type) {
        return "/" + type.plural() + "/";
    }
}
