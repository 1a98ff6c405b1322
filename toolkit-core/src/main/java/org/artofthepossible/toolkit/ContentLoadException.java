package org.artofthepossible.toolkit;

import java.util.List;
import java.util.stream.Collectors;
import org.artofthepossible.toolkit.validation.Diagnostic;

/**
 * Content could not be loaded: it has errors and the engine is strict, or there was no content to
 * fall back on. Carries every diagnostic, not only the first.
 */
public final class ContentLoadException extends ToolkitException {
    private static final long serialVersionUID = 1L;

    private final transient List<Diagnostic> diagnostics;

    /**
     * Creates the exception.
     *
     * @param summary what failed
     * @param diagnostics every problem found
     */
    public ContentLoadException(String summary, List<Diagnostic> diagnostics) {
        super(summary + diagnostics.stream().map(d -> "\n  " + d).collect(Collectors.joining()));
        this.diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Returns every problem found.
     *
     * @return the diagnostics
     */
    public List<Diagnostic> diagnostics() {
        return diagnostics;
    }
}
