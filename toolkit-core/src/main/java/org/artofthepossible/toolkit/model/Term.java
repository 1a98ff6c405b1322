package org.artofthepossible.toolkit.model;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.artofthepossible.toolkit.internal.Immutables;

/**
 * One term of a {@link Vocabulary}, for example the procurement route {@code
 * innovation-partnership}.
 *
 * @param id the term id, a slug, unique within its vocabulary
 * @param label the label per locale
 * @param parent the id of the parent term in the same vocabulary, for hierarchies such as nations
 *     and regions
 * @param attributes further facts about the term declared by the content, for example {@code
 *     regime} for a procurement route; ordered by name
 */
public record Term(
        String id, LocalizedText label, Optional<String> parent, Map<String, String> attributes) {

    /** Checks the ids and copies the attributes. */
    public Term {
        Slugs.requireSlug(id, "term id");
        Objects.requireNonNull(label, "label");
        parent.ifPresent(p -> Slugs.requireSlug(p, "parent term id"));
        attributes = Immutables.sortedCopy(attributes, String::compareTo);
    }

    /**
     * Creates a term without parent or attributes.
     *
     * @param id the term id
     * @param label the label
     * @return the term
     */
    public static Term of(String id, LocalizedText label) {
        return new Term(id, label, Optional.empty(), Map.of());
    }

    /**
     * Returns a copy with one more attribute.
     *
     * @param name the attribute name
     * @param value its value
     * @return the new term
     */
    public Term withAttribute(String name, String value) {
        var copy = new TreeMap<>(attributes);
        copy.put(name, value);
        return new Term(id, label, parent, copy);
    }

    /**
     * Returns the value of an attribute.
     *
     * @param name the attribute name
     * @return the value, or empty when the content does not declare it
     */
    public Optional<String> attribute(String name) {
        return Optional.ofNullable(attributes.get(name));
    }
}
