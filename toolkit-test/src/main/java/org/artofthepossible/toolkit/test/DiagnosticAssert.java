package org.artofthepossible.toolkit.test;

import java.util.List;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.assertj.core.api.AbstractAssert;

/** Assertions on the diagnostics of one code, chained from {@link LoadAssert#hasDiagnostic}. */
public final class DiagnosticAssert extends AbstractAssert<DiagnosticAssert, List<Diagnostic>> {
    private final String code;

    DiagnosticAssert(String code, List<Diagnostic> actual) {
        super(actual, DiagnosticAssert.class);
        this.code = code;
    }

    /**
     * Checks one of the diagnostics is on the given line of the given file.
     *
     * @param file the file, as diagnostics name it (relative to the content root)
     * @param line the 1-based line
     * @return this assertion
     */
    public DiagnosticAssert at(String file, int line) {
        boolean found =
                actual.stream()
                        .anyMatch(
                                d ->
                                        d.location()
                                                .filter(
                                                        l ->
                                                                l.source().equals(file)
                                                                        && l.line() == line)
                                                .isPresent());
        if (!found) {
            failWithMessage(
                    "Expected a '%s' diagnostic at %s:%d, but found it at:%s",
                    code, file, line, LoadAssert.listing(actual));
        }
        return this;
    }

    /**
     * Checks one of the diagnostics concerns the given field.
     *
     * @param field the field path, for example {@code partners[0].kind}
     * @return this assertion
     */
    public DiagnosticAssert onField(String field) {
        if (actual.stream().noneMatch(d -> d.field().filter(field::equals).isPresent())) {
            failWithMessage(
                    "Expected a '%s' diagnostic on field %s, but found:%s",
                    code, field, LoadAssert.listing(actual));
        }
        return this;
    }
}
