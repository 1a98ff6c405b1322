package org.artofthepossible.toolkit.questions;

import org.artofthepossible.toolkit.ToolkitException;

/** No question has the reference given. */
public class UnknownQuestionException extends ToolkitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param reference the reference looked for
     */
    public UnknownQuestionException(String reference) {
        super(
                "there is no question "
                        + reference
                        + ": 'toolkit questions list' shows the references the store holds");
    }
}
