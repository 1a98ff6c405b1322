package org.artofthepossible.toolkit.model;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.artofthepossible.toolkit.internal.Immutables;

/**
 * Facts about the contract behind a case study. Every fact is optional because sources often give
 * only some of them.
 *
 * @param startYear the year the contract started
 * @param termYears the contract term in years, at least 1
 * @param value the total value
 * @param note what the figures mean, for example {@code "over 10 years, as reported by LGC"}
 * @param qualifiers how firmly the sources state each figure, by field name ({@value #START_YEAR},
 *     {@value #TERM_YEARS} or {@value #VALUE}): an "up to £700m" ceiling is a value qualified
 *     {@link Qualifier#UP_TO}
 * @param cites ids of the item's {@link Source sources} that state each fact, by field name (the
 *     figures' names, or {@value #NOTE})
 */
public record Contract(
        OptionalInt startYear,
        OptionalInt termYears,
        Optional<Money> value,
        Optional<String> note,
        Map<String, Qualifier> qualifiers,
        Map<String, List<String>> cites) {
    /** The field name of {@link #startYear()}, as qualifiers and disputed facts name it. */
    public static final String START_YEAR = "startYear";

    /** The field name of {@link #termYears()}. */
    public static final String TERM_YEARS = "termYears";

    /** The field name of {@link #value()}. */
    public static final String VALUE = "value";

    /** The field name of {@link #note()}. */
    public static final String NOTE = "note";

    /** The names of the facts, in the order pages show them. */
    public static final List<String> FIELDS = List.of(START_YEAR, TERM_YEARS, VALUE, NOTE);

    /** The names of the figures, which a qualifier may go with, in the order pages show them. */
    public static final List<String> FIGURES = List.of(START_YEAR, TERM_YEARS, VALUE);

    private static final Contract UNKNOWN =
            new Contract(
                    OptionalInt.empty(), OptionalInt.empty(), Optional.empty(), Optional.empty());

    /** Checks the numbers are plausible, each qualifier names a figure and each citation a fact. */
    public Contract {
        Objects.requireNonNull(startYear, "startYear");
        if (termYears.isPresent() && termYears.getAsInt() < 1) {
            throw new IllegalArgumentException("termYears must be at least 1: " + termYears);
        }
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(note, "note");
        // In key order, so that a snapshot's version is the same in every run.
        qualifiers = Immutables.sortedCopy(qualifiers, Comparator.naturalOrder());
        for (String field : qualifiers.keySet()) {
            if (!FIGURES.contains(field)) {
                throw new IllegalArgumentException(
                        "a qualifier must name startYear, termYears or value, not " + field);
            }
        }
        for (Map.Entry<String, List<String>> entry : cites.entrySet()) {
            if (!FIELDS.contains(entry.getKey())) {
                throw new IllegalArgumentException(
                        "a citation must name startYear, termYears, value or note, not "
                                + entry.getKey());
            }
        }
        var copied = new HashMap<String, List<String>>();
        cites.forEach((field, ids) -> copied.put(field, List.copyOf(ids)));
        cites = Immutables.sortedCopy(copied, Comparator.naturalOrder());
    }

    /**
     * Creates a contract whose figures are stated plainly, citing no source.
     *
     * @param startYear the year the contract started
     * @param termYears the term in years
     * @param value the total value
     * @param note what the figures mean
     */
    public Contract(
            OptionalInt startYear,
            OptionalInt termYears,
            Optional<Money> value,
            Optional<String> note) {
        this(startYear, termYears, value, note, Map.of(), Map.of());
    }

    /**
     * Returns how firmly the sources state a figure.
     *
     * @param field {@value #START_YEAR}, {@value #TERM_YEARS} or {@value #VALUE}
     * @return the qualifier, or empty when the figure is stated plainly
     */
    public Optional<Qualifier> qualifier(String field) {
        return Optional.ofNullable(qualifiers.get(field));
    }

    /**
     * Returns the sources a fact cites.
     *
     * @param field {@value #START_YEAR}, {@value #TERM_YEARS}, {@value #VALUE} or {@value #NOTE}
     * @return ids of the item's sources, empty when the fact cites none
     */
    public List<String> cites(String field) {
        return cites.getOrDefault(field, List.of());
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
