package org.artofthepossible.toolkit;

/** The base of the exceptions this library throws for its own reasons. */
public class ToolkitException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates an exception.
     *
     * @param message what went wrong and how to fix it
     */
    public ToolkitException(String message) {
        super(message);
    }

    /**
     * Creates an exception with a cause.
     *
     * @param message what went wrong and how to fix it
     * @param cause the underlying failure
     */
    public ToolkitException(String message, Throwable cause) {
        super(message, cause);
    }
}
