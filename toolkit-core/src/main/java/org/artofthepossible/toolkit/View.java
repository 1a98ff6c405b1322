package org.artofthepossible.toolkit;

import java.util.Objects;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Slugs;

/**
 * What to render: one item, a list, the menu, the home page, search results, the pages on which a
 * visitor asks a question, the page for an address with nothing at it, or the accessibility
 * statement. Views are values, so they serve as cache keys.
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
        SEARCH,
        /** {@link QuestionFormView}. */
        QUESTION_FORM,
        /** {@link QuestionReceivedView}. */
        QUESTION_RECEIVED,
        /** {@link NotFoundView}. */
        NOT_FOUND,
        /** {@link AccessibilityView}. */
        ACCESSIBILITY
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
     * Returns the view of the form on which a visitor asks a question, new or with the problems of
     * a submission.
     *
     * @param form the form
     * @return the view
     */
    static QuestionFormView questionForm(QuestionForm form) {
        return new QuestionFormView(form);
    }

    /**
     * Returns the view that tells a visitor their question was received, with its reference.
     *
     * @param reference the question's reference, for example {@code Q-7KD3}
     * @return the view
     * @throws IllegalArgumentException when the reference is not {@code Q-} and 4 to 12 capital
     *     letters and digits
     */
    static QuestionReceivedView questionReceived(String reference) {
        return new QuestionReceivedView(reference);
    }

    /**
     * Returns the page a host shows, with {@code 404 Not Found}, for an address that shows no view:
     * built like every other page, so a visitor keeps the site's header, menu and footer.
     *
     * @return the view
     */
    static NotFoundView notFound() {
        return NotFoundView.INSTANCE;
    }

    /**
     * Returns the page of the site's accessibility statement, from the toolkit's {@link
     * org.artofthepossible.toolkit.model.ToolkitInfo#accessibility()}; rendering it for a toolkit
     * without one fails.
     *
     * @return the view
     */
    static AccessibilityView accessibility() {
        return AccessibilityView.INSTANCE;
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

    /**
     * The question form.
     *
     * @param form the form, with what the visitor typed and its problems
     */
    record QuestionFormView(QuestionForm form) implements View {
        /** Checks the form is given. */
        public QuestionFormView {
            Objects.requireNonNull(form, "form");
        }

        @Override
        public Kind kind() {
            return Kind.QUESTION_FORM;
        }
    }

    /** The accessibility statement. */
    record AccessibilityView() implements View {
        private static final AccessibilityView INSTANCE = new AccessibilityView();

        @Override
        public Kind kind() {
            return Kind.ACCESSIBILITY;
        }
    }

    /** The page for an address with nothing at it. */
    record NotFoundView() implements View {
        private static final NotFoundView INSTANCE = new NotFoundView();

        @Override
        public Kind kind() {
            return Kind.NOT_FOUND;
        }
    }

    /**
     * The confirmation that a question was received.
     *
     * @param reference the question's reference, for example {@code Q-7KD3}
     */
    record QuestionReceivedView(String reference) implements View {
        /** Checks the reference. */
        public QuestionReceivedView {
            Objects.requireNonNull(reference, "reference");
            if (!reference.matches("Q-[0-9A-Z]{4,12}")) {
                throw new IllegalArgumentException(
                        "'" + reference + "' is not a question reference such as Q-7KD3");
            }
        }

        @Override
        public Kind kind() {
            return Kind.QUESTION_RECEIVED;
        }
    }
}
