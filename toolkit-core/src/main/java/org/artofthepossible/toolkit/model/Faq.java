package org.artofthepossible.toolkit.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A question answered by an expert. The question is the item's title and the answer its body, so
 * that lists, search and navigation treat FAQs like every other item.
 *
 * @param metadata the shared fields
 * @param category a term of the {@value Vocabulary#THEME} vocabulary or another the content
 *     declares, grouping questions on the FAQ page
 * @param asked when the question was asked
 * @param answeredBy who answered it
 * @param origin who asked it: the toolkit's authors, or a visitor through the community's question
 *     form
 */
public record Faq(
        ItemMetadata metadata,
        Optional<TermRef> category,
        Optional<LocalDate> asked,
        Optional<String> answeredBy,
        Origin origin)
        implements ContentItem {

    /** Who asked a question. */
    public enum Origin {
        /** The toolkit's authors, as part of its content. */
        TOOLKIT,
        /** A visitor, who asked the community through the question form. */
        COMMUNITY
    }

    /** Checks the parts. */
    public Faq {
        Objects.requireNonNull(metadata, "metadata");
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(asked, "asked");
        Objects.requireNonNull(answeredBy, "answeredBy");
        Objects.requireNonNull(origin, "origin");
    }

    /**
     * Creates a question of the toolkit's with no category, date or author.
     *
     * @param metadata the shared fields
     * @return the FAQ
     */
    public static Faq of(ItemMetadata metadata) {
        return new Faq(
                metadata, Optional.empty(), Optional.empty(), Optional.empty(), Origin.TOOLKIT);
    }

    @Override
    public ItemType type() {
        return ItemType.FAQ;
    }

    /**
     * Returns the question.
     *
     * @return the title
     */
    public String question() {
        return metadata.title();
    }

    /**
     * Returns the answer.
     *
     * @return the body
     */
    public RichText answer() {
        return metadata.body();
    }
}
