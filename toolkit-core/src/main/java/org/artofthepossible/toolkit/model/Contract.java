package org.artofthepossible.toolkit.model;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Facts about the contract behind a case study. Every fact is optional because sources often give
 * only some of them.
 *
 * @param startYear the year the contract started
 * @param termYears the contract term in years, at least 1
 * @param value the total value
 * @param note what the figures mean, for example {@code "over 10 years, as reported by LGC"}
 */
public record Contract(
        OptionalInt startYear,
        OptionalInt termYears,
        Optional<Money> value,
        Optional<String> note) {
    private static final Contract UNKNOWN =
            new Contract(
                    OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

    /** Checks the numbers are plausible. */
    public Contract {
        Objects.requireNonNull(startYear, "startYear");
        if (termYears.isPresent() && termYears.getAsInt() < 1) {
            throw new IllegalArgumentException("termYears must be at least 1: " + termYears);
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
    }

    /**
     * Returns a contract about which nothing is known.
     *
     * @return the contract with no facts
     */
    public static Contract unknown() {
        return UNKNOWN;
    }
}
