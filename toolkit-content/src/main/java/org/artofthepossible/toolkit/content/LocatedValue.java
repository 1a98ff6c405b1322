package org.artofthepossible.toolkit.content;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * A value read from a content file, with where it starts: the tree a loader for a new format builds
 * and hands to {@link ContentMapper}, which turns it into items with every problem found. It has
 * the shape of a YAML or JSON document: mappings of named fields, sequences, and scalars (text,
 * numbers, true or false, nothing). Diagnostics point at these locations: give a scalar the place
 * its value starts, a mapping or sequence the place of its key.
 */
public sealed interface LocatedValue
        permits LocatedValue.Mapping, LocatedValue.Sequence, LocatedValue.Scalar {

    /**
     * Returns where the value starts.
     *
     * @return the file, line and column
     */
    SourceLocation location();

    /**
     * Named fields, in file order.
     *
     * @param fields the fields by name
     * @param location where the mapping starts
     */
    record Mapping(Map<String, LocatedValue> fields, SourceLocation location)
            implements LocatedValue {
        /** Copies the fields, keeping their order. */
        public Mapping {
            fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A list of values.
     *
     * @param elements the values, in order
     * @param location where the list starts
     */
    record Sequence(List<LocatedValue> elements, SourceLocation location) implements LocatedValue {
        /** Copies the elements. */
        public Sequence {
            elements = List.copyOf(elements);
            Objects.requireNonNull(location, "location");
        }
    }

    /**
     * A single value.
     *
     * @param value a {@link String}, a {@link Boolean}, an {@link Integer}, {@link Long}, {@link
     *     BigInteger} or {@link BigDecimal}, or null for nothing
     * @param location where the value starts
     */
    record Scalar(Object value, SourceLocation location) implements LocatedValue {
        private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+");
        private static final Pattern DECIMAL =
                Pattern.compile("[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?");

        /** Checks the value is of a supported type. */
        public Scalar {
            if (value != null
                    && !(value instanceof String
                            || value instanceof Boolean
                            || value instanceof Integer
                            || value instanceof Long
                            || value instanceof BigInteger
                            || value instanceof BigDecimal)) {
                throw new IllegalArgumentException(
                        "a scalar is text, true or false, a whole or decimal number, or null; not "
                                + value.getClass().getName());
            }
            Objects.requireNonNull(location, "location");
        }

        /**
         * Reads text written without quotes, as YAML's core schema does, for formats whose values
         * are all text: {@code true} and {@code false} are booleans, {@code null}, {@code ~} and
         * nothing are null, numbers are numbers (at most 64 characters), and anything else is text.
         *
         * @param text the text as written
         * @param location where it starts
         * @return the scalar
         */
        public static Scalar plain(String text, SourceLocation location) {
            String value = text.strip();
            Object resolved;
            if (value.isEmpty() || value.equals("~") || value.equalsIgnoreCase("null")) {
                resolved = null;
            } else if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
                resolved = Boolean.valueOf(value);
            } else if (value.length() <= 64 && INTEGER.matcher(value).matches()) {
                resolved = new BigInteger(value);
            } else if (value.length() <= 64 && DECIMAL.matcher(value).matches()) {
                resolved = new BigDecimal(value);
            } else {
                resolved = value;
            }
            return new Scalar(resolved, location);
        }
    }
}
