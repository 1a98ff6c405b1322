package org.artofthepossible.toolkit.model;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What every {@link ContentItem} has, whatever its type.
 *
 * @param id the item id, a slug, unique among all items of one locale
 * @param locale the locale this variant is written in
 * @param title the title
 * @param summary a one-paragraph summary, plain text
 * @param body the main text
 * @param order the position in lists of its type: lower first, then by title
 * @param terms taxonomy terms
 * @param links related web pages
 * @param published when the item was first published
 * @param updated when the item was last changed
 * @param draft true to keep the item out of lists and navigation while it can still be found by id
 * @param related ids of related items, in order
 * @param sources where the item's facts come from, each with an id unique in the item that facts
 *     cite
 */
public record ItemMetadata(
        String id,
        Locale locale,
        String title,
        String summary,
        RichText body,
        int order,
        Terms terms,
        List<Link> links,
        Optional<LocalDate> published,
        Optional<LocalDate> updated,
        boolean draft,
        List<String> related,
        List<Source> sources) {

    /** Checks the ids and copies the lists. */
    public ItemMetadata {
        Slugs.requireSlug(id, "item id");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(terms, "terms");
        links = List.copyOf(links);
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(updated, "updated");
        related = List.copyOf(related);
        related.forEach(r -> Slugs.requireSlug(r, "related item id"));
        sources = List.copyOf(sources);
    }

    /**
     * Returns the source with an id.
     *
     * @param sourceId the id a fact cites
     * @return the first source with that id (validation reports a second one), or empty
     */
    public Optional<Source> source(String sourceId) {
        return sources.stream().filter(s -> s.id().equals(sourceId)).findFirst();
    }

    /**
     * Returns a source's number in the item's list of sources, as references show it.
     *
     * @param sourceId the id a fact cites
     * @return its position from 1, or empty when the item has no source with that id
     */
    public OptionalInt sourceNumber(String sourceId) {
        for (int i = 0; i < sources.size(); i++) {
            if (sources.get(i).id().equals(sourceId)) {
                return OptionalInt.of(i + 1);
            }
        }
        return OptionalInt.empty();
    }

    /**
     * Starts a builder for an item with the given id and title; everything else defaults to empty,
     * locale English, order 0, not a draft.
     *
     * @param id the item id
     * @param title the title
     * @return a new builder
     */
    public static Builder builder(String id, String title) {
        return new Builder(id, title);
    }

    /**
     * Returns a builder holding this metadata, to derive a changed copy.
     *
     * @return a new builder
     */
    public Builder toBuilder() {
        Builder b = new Builder(id, title);
        b.locale = locale;
        b.summary = summary;
        b.body = body;
        b.order = order;
        b.terms = new ArrayList<>(terms.all());
        b.links = new ArrayList<>(links);
        b.published = published;
        b.updated = updated;
        b.draft = draft;
        b.related = new ArrayList<>(related);
        b.sources = new ArrayList<>(sources);
        return b;
    }

    /** Builds {@link ItemMetadata}; reusable after {@link #build()}. */
    public static final class Builder {
        private String id;
        private String title;
        private Locale locale = Locale.ENGLISH;
        private String summary = "";
        private RichText body = RichText.empty();
        private int order;
        private List<TermRef> terms = new ArrayList<>();
        private List<Link> links = new ArrayList<>();
        private Optional<LocalDate> published = Optional.empty();
        private Optional<LocalDate> updated = Optional.empty();
        private boolean draft;
        private List<String> related = new ArrayList<>();
        private List<Source> sources = new ArrayList<>();

        private Builder(String id, String title) {
            this.id = id;
            this.title = title;
        }

        /**
         * Sets the id.
         *
         * @param id a slug
         * @return this builder
         */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /**
         * Sets the title.
         *
         * @param title the title
         * @return this builder
         */
        public Builder title(String title) {
            this.title = title;
            return this;
        }

        /**
         * Sets the locale (default English).
         *
         * @param locale the locale
         * @return this builder
         */
        public Builder locale(Locale locale) {
            this.locale = locale;
            return this;
        }

        /**
         * Sets the summary.
         *
         * @param summary plain text
         * @return this builder
         */
        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        /**
         * Sets the body.
         *
         * @param markdown Markdown source
         * @return this builder
         */
        public Builder body(String markdown) {
            this.body = RichText.of(markdown);
            return this;
        }

        /**
         * Sets the list position (default 0).
         *
         * @param order lower comes first
         * @return this builder
         */
        public Builder order(int order) {
            this.order = order;
            return this;
        }

        /**
         * Adds a taxonomy term.
         *
         * @param vocabulary the vocabulary id
         * @param term the term id
         * @return this builder
         */
        public Builder term(String vocabulary, String term) {
            this.terms.add(TermRef.of(vocabulary, term));
            return this;
        }

        /**
         * Adds a related web page.
         *
         * @param link the link
         * @return this builder
         */
        public Builder link(Link link) {
            this.links.add(link);
            return this;
        }

        /**
         * Sets the publication date.
         *
         * @param date the date
         * @return this builder
         */
        public Builder published(LocalDate date) {
            this.published = Optional.of(date);
            return this;
        }

        /**
         * Sets the date of the last change.
         *
         * @param date the date
         * @return this builder
         */
        public Builder updated(LocalDate date) {
            this.updated = Optional.of(date);
            return this;
        }

        /**
         * Marks the item as a draft, or not.
         *
         * @param draft true for a draft
         * @return this builder
         */
        public Builder draft(boolean draft) {
            this.draft = draft;
            return this;
        }

        /**
         * Adds the id of a related item.
         *
         * @param itemId a slug
         * @return this builder
         */
        public Builder related(String itemId) {
            this.related.add(itemId);
            return this;
        }

        /**
         * Adds a source the item's facts come from.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(Source source) {
            this.sources.add(source);
            return this;
        }

        /**
         * Builds the metadata.
         *
         * @return the metadata
         * @throws IllegalArgumentException if the id or a related id is not a slug
         */
        public ItemMetadata build() {
            return new ItemMetadata(
                    id,
                    locale,
                    title,
                    summary,
                    body,
                    order,
                    Terms.of(terms),
                    links,
                    published,
                    updated,
                    draft,
                    related,
                    sources);
        }
    }
}
