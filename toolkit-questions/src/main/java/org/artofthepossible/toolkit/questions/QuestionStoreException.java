package org.artofthepossible.toolkit.questions;

import org.artofthepossible.toolkit.ToolkitException;

/** The store could not be reached or could not do what was asked; nothing was changed. */
public class QuestionStoreException extends ToolkitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what failed, and where
     * @param cause the store's own error
     */
    public QuestionStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
