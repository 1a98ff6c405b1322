package org.artofthepossible.toolkit.questions;

import java.util.Locale;

/**
 * Where a question stands. A question arrives {@link #RECEIVED} (or {@link #SPAM}, when the intake
 * caught it), is {@link #ANSWERED} by a moderator, then {@link #PUBLISHED} as an FAQ, or {@link
 * #REJECTED} at any point.
 */
public enum QuestionState {
    /** Sent by a visitor, waiting for an answer. */
    RECEIVED,
    /** Answered, not yet published. */
    ANSWERED,
    /** Published as an FAQ item. */
    PUBLISHED,
    /** Turned down, or withdrawn after publication. */
    REJECTED,
    /** Caught by the intake's checks as sent by a bot; kept, never shown. */
    SPAM;

    /**
     * Returns the state's name as the command line and the store write it.
     *
     * @return for example {@code received}
     */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * Returns the state with this name.
     *
     * @param id for example {@code received}, in any case
     * @return the state
     * @throws IllegalArgumentException naming the states, when there is none of that name
     */
    public static QuestionState of(String id) {
        for (QuestionState state : values()) {
            if (state.id().equalsIgnoreCase(id.strip())) {
                return state;
            }
        }
        throw new IllegalArgumentException(
                "'"
                        + id
                        + "' is not a question state: use received, answered, published, rejected"
                        + " or spam");
    }
}
