package org.artofthepossible.toolkit.model;

import java.util.Locale;

/**
 * One piece of toolkit content. The set of item types is closed, so a renderer that handles the
 * four types handles everything; what varies between toolkits (themes, routes, kinds) is data in
 * {@link Vocabulary vocabularies}, not new types.
 */
public sealed interface ContentItem permits CaseStudy, Faq, ModelDocument, Page {

    /**
     * Returns what every item has.
     *
     * @return the shared fields
     */
    ItemMetadata metadata();

    /**
     * Returns the kind of this item.
     *
     * @return the kind
     */
    ItemType type();

    /**
     * Returns the item id.
     *
     * @return a slug
     */
    default String id() {
        return metadata().id();
    }

    /**
     * Returns the locale of this variant.
     *
     * @return the locale
     */
    default Locale locale() {
        return metadata().locale();
    }

    /**
     * Returns the title.
     *
     * @return the title
     */
    default String title() {
        return metadata().title();
    }

    /**
     * Returns the summary.
     *
     * @return plain text
     */
    default String summary() {
        return metadata().summary();
    }

    /**
     * Returns the taxonomy terms.
     *
     * @return the terms
     */
    default Terms terms() {
        return metadata().terms();
    }
}
