package org.artofthepossible.toolkit.model;

import java.util.Optional;

/**
 * How firmly a source states a figure: "up to £700m" is a ceiling, not a contract value, and must
 * never be shown as one.
 */
public enum Qualifier {
    /** A ceiling: the figure may not be reached. */
    UP_TO("up-to"),
    /** An approximation. */
    ABOUT("about"),
    /** A floor: the true figure may be higher. */
    AT_LEAST("at-least"),
    /** What was planned or proposed, not what happened. */
    PLANNED("planned"),
    /** An estimate made before the fact, for example at the planning stage. */
    ESTIMATE("estimate");

    private final String id;

    Qualifier(String id) {
        this.id = id;
    }

    /**
     * Returns the id content files use.
     *
     * @return for example {@code up-to}
     */
    public String id() {
        return id;
    }

    /**
     * Returns the qualifier with a content id.
     *
     * @param id for example {@code up-to}
     * @return the qualifier, or empty when no qualifier has that id
     */
    public static Optional<Qualifier> fromId(String id) {
        for (Qualifier qualifier : values()) {
            if (qualifier.id.equals(id)) {
                return Optional.of(qualifier);
            }
        }
        return Optional.empty();
    }
}
