package org.artofthepossible.toolkit;

import java.util.Set;

/** A renderer was asked for a kind of view it does not render. */
public final class UnsupportedViewException extends ToolkitException {
    private static final long serialVersionUID = 1L;

    /**
     * Creates the exception.
     *
     * @param format the renderer's format
     * @param view the view asked for
     * @param supported what the renderer does render
     */
    public UnsupportedViewException(String format, View view, Set<View.Kind> supported) {
        super(
                "the '"
                        + format
                        + "' renderer does not render "
                        + view.kind()
                        + " views ("
                        + view
                        + "); it renders "
                        + supported);
    }
}
