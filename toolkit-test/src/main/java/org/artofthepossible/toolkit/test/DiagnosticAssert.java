package org.artofthepossible.toolkit.test;

import java.util.List;
import java.util.function.Predicate;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;
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
        if (!anyAt(l -> l.source().equals(file) && l.line() == line)) {
            failWithMessage(
                    "Expected a '%s' diagnostic at %s:%d, but found it at:%s",
                    code, file, line, LoadAssert.listing(actual));
        }
        return this;
    }

    /**
     * Checks one of the diagnostics is at the given line and column of the given file. Values are
     * reported where the value starts ({@code order: second} at the {@code s}), mappings and lists
     * where their key is.
     *
     * @param file the file, as diagnostics name it (relative to the content root)
     * @param line the 1-based line
     * @param column the 1-based column
     * @return this assertion
     */
    public DiagnosticAssert at(String file, int line, int column) {
        if (!anyAt(l -> l.source().equals(file) && l.line() == line && l.column() == column)) {
            failWithMessage(
                    "Expected a '%s' diagnostic at %s:%d:%d, but found it at:%s",
                    code, file, line, column, LoadAssert.listing(actual));
        }
        return this;
    }

    private boolean anyAt(Predicate<SourceLocation> where) {
        return actual.stream().anyMatch(d -> d.location().filter(where).isPresent());
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
