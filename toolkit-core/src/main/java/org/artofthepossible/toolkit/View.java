package org.artofthepossible.toolkit;

import java.util.Objects;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Slugs;

/**
 * What to render: one item, a list, the menu, the home page or search results. Views are values, so
 * they serve as cache keys.
 */
public sealed interface View {

    /** The kinds of view; a renderer declares which it supports. */
    enum Kind {
        /** {@link ItemView}. */
        ITEM,
        /** {@link ListView}. */
        LIST,
        /** {@link MenuView}. */
        MENU,
        /** {@link HomeView}. */
        HOME,
        /** {@link SearchView}. */
        SEARCH
    }

    /**
     * Returns the kind of this view.
     *
     * @return the kind
     */
    Kind kind();

    /**
     * The view of one item.
     *
     * @param id the item id
     * @return the view
     */
    static ItemView item(String id) {
        return new ItemView(id);
    }

    /**
     * The list of every item of one type, drafts excluded, in list order.
     *
     * @param type the item type
     * @return the view
     */
    static ListView list(ItemType type) {
        return new ListView(type, TermFilter.none());
    }

    /**
     * The list of the items of one type that match a term filter.
     *
     * @param type the item type
     * @param filter which terms the items must have
     * @return the view
     */
    static ListView list(ItemType type, TermFilter filter) {
        return new ListView(type, filter);
    }

    /**
     * The toolkit menu.
     *
     * @return the view
     */
    static MenuView menu() {
        return MenuView.INSTANCE;
    }

    /**
     * The home page.
     *
     * @return the view
     */
    static HomeView home() {
        return HomeView.INSTANCE;
    }

    /**
     * A page of search results, with the search form filled in. Results come from a search engine
     * such as {@code toolkit-search}; {@link ToolkitEngine#render(Toolkit, View, String,
     * RenderOptions)} renders them only with the snapshot they were found in, and never caches
     * them.
     *
     * @param results the results
     * @return the view
     */
    static SearchView search(SearchResults results) {
        return new SearchView(results);
    }

    /**
     * One item.
     *
     * @param id the item id
     */
    record ItemView(String id) implements View {
        /**
         * Checks the id.
         *
         * @throws ItemNotFoundException when the id is not a slug, so no item can have it
         */
        public ItemView {
            Objects.requireNonNull(id, "id");
            if (!Slugs.isSlug(id)) {
                throw new ItemNotFoundException(
                        id,
                        "'"
                                + id
                                + "' cannot be an item id: ids are slugs, lower-case letters and"
                                + " digits in groups joined by single hyphens");
            }
        }

        @Override
        public Kind kind() {
            return Kind.ITEM;
        }
    }

    /**
     * A list of items of one type.
     *
     * @param type the item type
     * @param filter which terms the items must have
     */
    record ListView(ItemType type, TermFilter filter) implements View {
        /** Checks the parts. */
        public ListView {
            Objects.requireNonNull(type, "type");
            Objects.requireNonNull(filter, "filter");
        }

        @Override
        public Kind kind() {
            return Kind.LIST;
        }
    }

    /** The toolkit menu. */
    record MenuView() implements View {
        private static final MenuView INSTANCE = new MenuView();

        @Override
        public Kind kind() {
            return Kind.MENU;
        }
    }

    /** The home page: the introduction and the menu. */
    record HomeView() implements View {
        private static final HomeView INSTANCE = new HomeView();

        @Override
        public Kind kind() {
            return Kind.HOME;
        }
    }

    /**
     * A page of search results.
     *
     * @param results the results, which name the snapshot they were found in
     */
    record SearchView(SearchResults results) implements View {
        /** Checks the results. */
        public SearchView {
            Objects.requireNonNull(results, "results");
        }

        @Override
        public Kind kind() {
            return Kind.SEARCH;
        }
    }
}
