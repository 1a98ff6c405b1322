package org.artofthepossible.toolkit.validation;

import java.util.Objects;

/**
 * Where in the content a problem is: a file (or URI) and, where known, a line and column.
 *
 * @param source the file path relative to the content root, or a URI
 * @param line the 1-based line, or 0 when unknown
 * @param column the 1-based column, or 0 when unknown
 */
public record SourceLocation(String source, int line, int column) {
    /** Checks the numbers. */
    public SourceLocation {
        Objects.requireNonNull(source, "source");
        if (line < 0 || column < 0 || (line == 0 && column != 0)) {
            throw new IllegalArgumentException(
                    "line and column must be 1-based, or 0 when unknown: " + line + ":" + column);
        }
    }

    /**
     * A location naming only the file.
     *
     * @param source the file
     * @return the location
     */
    public static SourceLocation of(String source) {
        return new SourceLocation(source, 0, 0);
    }

    /**
     * A location naming a line and column of a file.
     *
     * @param source the file
     * @param line the 1-based line
     * @param column the 1-based column
     * @return the location
     */
    public static SourceLocation of(String source, int line, int column) {
        return new SourceLocation(source, line, column);
    }

    /** Returns {@code source}, {@code source:line} or {@code source:line:column}. */
    @Override
    public String toString() {
        if (line == 0) {
            return source;
        }
        return column == 0 ? source + ":" + line : source + ":" + line + ":" + column;
    }
}
