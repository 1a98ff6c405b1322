package org.artofthepossible.toolkit;

/**
 * A plugin needed for a request is missing or ambiguous. The message names the artifact to add, or
 * every candidate class and how to choose one.
 */
public final class PluginException extends ToolkitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param message what is missing or ambiguous and how to fix it
     */
    public PluginException(String message) {
        super(message);
    }
}
