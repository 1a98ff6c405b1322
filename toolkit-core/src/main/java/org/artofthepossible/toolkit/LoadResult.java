package org.artofthepossible.toolkit;

import java.util.List;
import java.util.Objects;
import org.artofthepossible.toolkit.validation.Diagnostic;

/**
 * A validated snapshot and every diagnostic found while loading and validating it. Items with
 * errors are not in the snapshot; everything else is.
 *
 * @param toolkit the snapshot
 * @param diagnostics every problem, ordered by file, line and column, those naming no file last
 */
public record LoadResult(Toolkit toolkit, List<Diagnostic> diagnostics) {
    /** Copies the diagnostics. */
    public LoadResult {
        Objects.requireNonNull(toolkit, "toolkit");
        diagnostics = List.copyOf(diagnostics);
    }

    /**
     * Returns the errors only.
     *
     * @return the diagnostics of severity error
     */
    public List<Diagnostic> errors() {
        return diagnostics.stream().filter(Diagnostic::isError).toList();
    }

    /**
     * Tells whether any diagnostic is an error.
     *
     * @return true when some content was kept out
     */
    public boolean hasErrors() {
        return diagnostics.stream().anyMatch(Diagnostic::isError);
    }
}
