package org.artofthepossible.toolkit.questions;

import org.artofthepossible.toolkit.ToolkitException;

/** A question is not in a state that allows what was asked, such as publishing before answering. */
public class QuestionStateException extends ToolkitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what was asked, the question's state, and what to do instead
     */
    public QuestionStateException(String message) {
        super(message);
    }
}
