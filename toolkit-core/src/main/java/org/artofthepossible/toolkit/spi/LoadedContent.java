package org.artofthepossible.toolkit.spi;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * What a {@link ContentSource} or a {@link ContentLoader} read: any of the toolkit description,
 * vocabularies, menu and items, plus every problem it met. Nothing here is validated yet.
 *
 * @param info the toolkit description, if this part of the content declares it
 * @param vocabularies the vocabularies it declares
 * @param menu the menu, if it declares one
 * @param items the items it read
 * @param diagnostics the problems it met while reading
 */
public record LoadedContent(
        Optional<ToolkitInfo> info,
        List<Vocabulary> vocabularies,
        Optional<Menu> menu,
        List<LoadedItem> items,
        List<Diagnostic> diagnostics) {

    /** Copies the lists. */
    public LoadedContent {
        Objects.requireNonNull(info, "info");
        vocabularies = List.copyOf(vocabularies);
        Objects.requireNonNull(menu, "menu");
        items = List.copyOf(items);
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Returns content with nothing in it.
     *
     * @return empty content
     */
    public static LoadedContent empty() {
        return builder().build();
    }

    /**
     * Returns content holding only problems, for a file or source that could not be read.
     *
     * @param diagnostics the problems
     * @return the content
     */
    public static LoadedContent failed(List<Diagnostic> diagnostics) {
        return new LoadedContent(
                Optional.empty(), List.of(), Optional.empty(), List.of(), diagnostics);
    }

    /**
     * Starts a builder, for sources and tests that assemble content in code.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds {@link LoadedContent}; reusable after {@link #build()}. */
    public static final class Builder {
        private Optional<ToolkitInfo> info = Optional.empty();
        private final List<Vocabulary> vocabularies = new ArrayList<>();
        private Optional<Menu> menu = Optional.empty();
        private final List<LoadedItem> items = new ArrayList<>();
        private final List<Diagnostic> diagnostics = new ArrayList<>();

        private Builder() {}

        /**
         * Sets the toolkit description.
         *
         * @param info the description
         * @return this builder
         */
        public Builder info(ToolkitInfo info) {
            this.info = Optional.of(info);
            return this;
        }

        /**
         * Adds a vocabulary.
         *
         * @param vocabulary the vocabulary
         * @return this builder
         */
        public Builder vocabulary(Vocabulary vocabulary) {
            vocabularies.add(vocabulary);
            return this;
        }

        /**
         * Sets the menu.
         *
         * @param menu the menu
         * @return this builder
         */
        public Builder menu(Menu menu) {
            this.menu = Optional.of(menu);
            return this;
        }

        /**
         * Adds an item read from a known place.
         *
         * @param item the item with its location
         * @return this builder
         */
        public Builder item(LoadedItem item) {
            items.add(item);
            return this;
        }

        /**
         * Adds an item made in code; its location is {@code <code>/type/id}.
         *
         * @param item the item
         * @return this builder
         */
        public Builder item(ContentItem item) {
            return item(
                    LoadedItem.of(
                            item,
                            SourceLocation.of("<code>/" + item.type().plural() + "/" + item.id())));
        }

        /**
         * Adds a problem.
         *
         * @param diagnostic the problem
         * @return this builder
         */
        public Builder diagnostic(Diagnostic diagnostic) {
            diagnostics.add(diagnostic);
            return this;
        }

        /**
         * Adds problems.
         *
         * @param problems the problems, in order
         * @return this builder
         */
        public Builder diagnostics(Collection<Diagnostic> problems) {
            diagnostics.addAll(problems);
            return this;
        }

        /**
         * Adds everything another piece of content holds; its description and menu replace this
         * builder's only where this builder has none.
         *
         * @param other the content to add
         * @return this builder
         */
        public Builder add(LoadedContent other) {
            if (info.isEmpty()) {
                info = other.info();
            }
            if (menu.isEmpty()) {
                menu = other.menu();
            }
            vocabularies.addAll(other.vocabularies());
            items.addAll(other.items());
            diagnostics.addAll(other.diagnostics());
            return this;
        }

        /**
         * Builds the content.
         *
         * @return the content
         */
        public LoadedContent build() {
            return new LoadedContent(info, vocabularies, menu, items, diagnostics);
        }
    }
}
