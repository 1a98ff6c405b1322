package org.artofthepossible.toolkit.model;

import java.util.Objects;

/**
 * A free-standing page: the introduction, a corrective, the principles, "What next?".
 *
 * @param metadata the shared fields
 */
public record Page(ItemMetadata metadata) implements ContentItem {
    /** Checks the metadata is present. */
    public Page {
        Objects.requireNonNull(metadata, "metadata");
    }

    /**
     * Creates a page.
     *
     * @param metadata the shared fields
     * @return the page
     */
    public static Page of(ItemMetadata metadata) {
        return new Page(metadata);
    }

    @Override
    public ItemType type() {
        return ItemType.PAGE;
    }
}
