package org.artofthepossible.toolkit;

import java.util.List;
import java.util.Objects;
import org.artofthepossible.toolkit.validation.Diagnostic;

/**
 * What a {@link ToolkitEngine#reload()} did.
 *
 * @param applied true when the new content is now in service; false when it had errors and the
 *     previous snapshot stays in service
 * @param toolkit the snapshot in service after the reload
 * @param diagnostics every problem found in the new content, whether or not it was applied
 */
public record ReloadResult(boolean applied, Toolkit toolkit, List<Diagnostic> diagnostics) {
    /** Copies the diagnostics. */
    public ReloadResult {
        Objects.requireNonNull(toolkit, "toolkit");
        diagnostics = List.copyOf(diagnostics);
    }
}
