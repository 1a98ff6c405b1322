package org.artofthepossible.toolkit.test;

import java.util.List;
import java.util.stream.Collectors;
import org.artofthepossible.toolkit.LoadResult;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.assertj.core.api.AbstractAssert;

/** Assertions on loaded content: its diagnostics, and through {@link #toolkit()} its snapshot. */
public final class LoadAssert extends AbstractAssert<LoadAssert, LoadResult> {
    LoadAssert(LoadResult actual) {
        super(actual, LoadAssert.class);
    }

    /**
     * Checks the content has no errors. The failure lists every diagnostic, each with its file,
     * line and column.
     *
     * @return this assertion
     */
    public LoadAssert isValid() {
        isNotNull();
        List<Diagnostic> errors = actual.errors();
        if (!errors.isEmpty()) {
            failWithMessage(
                    "Expected content without errors, but found %d:%s",
                    errors.size(), listing(actual.diagnostics()));
        }
        return this;
    }

    /**
     * Checks the content has no warnings.
     *
     * @return this assertion
     */
    public LoadAssert hasNoWarnings() {
        isNotNull();
        List<Diagnostic> warnings =
                actual.diagnostics().stream().filter(d -> !d.isError()).toList();
        if (!warnings.isEmpty()) {
            failWithMessage(
                    "Expected content without warnings, but found %d:%s",
                    warnings.size(), listing(warnings));
        }
        return this;
    }

    /**
     * Checks some diagnostic has the given code.
     *
     * @param code a diagnostic code, for example {@code unknown-term}
     * @return an assertion on the diagnostics with that code, to say where they must be
     */
    public DiagnosticAssert hasDiagnostic(String code) {
        isNotNull();
        List<Diagnostic> matching =
                actual.diagnostics().stream().filter(d -> d.code().equals(code)).toList();
        if (matching.isEmpty()) {
            failWithMessage(
                    "Expected a diagnostic with code '%s', but found %s",
                    code,
                    actual.diagnostics().isEmpty()
                            ? "none"
                            : actual.diagnostics().size() + ":" + listing(actual.diagnostics()));
        }
        return new DiagnosticAssert(code, matching);
    }

    /**
     * Continues with assertions on the snapshot that was loaded.
     *
     * @return an assertion on the toolkit
     */
    public ToolkitAssert toolkit() {
        isNotNull();
        return new ToolkitAssert(actual.toolkit());
    }

    static String listing(List<Diagnostic> diagnostics) {
        return diagnostics.stream().map(d -> "\n  " + d).collect(Collectors.joining());
    }
}
