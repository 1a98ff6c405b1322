package org.artofthepossible.toolkit;

/**
 * No item has the id asked for, or the id cannot be an item's id at all (ids are slugs). A host
 * maps this, and only this, to "not found" (HTTP 404); any other {@link ToolkitException} is a
 * failure. To look an item up without an exception, use {@link Toolkit#item(String,
 * java.util.Locale)}, which returns an empty {@code Optional}.
 */
public final class ItemNotFoundException extends ToolkitException {
    private static final long serialVersionUID = 1L;

    private final String id;

    /**
     * Creates the exception.
     *
     * @param id the id asked for, as given
     * @param message what is wrong with it
     */
    public ItemNotFoundException(String id, String message) {
        super(message);
        this.id = id;
    }

    /**
     * Returns the id asked for.
     *
     * @return the id, as given
     */
    public String id() {
        return id;
    }
}
