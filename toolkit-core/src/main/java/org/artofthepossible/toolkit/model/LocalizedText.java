package org.artofthepossible.toolkit.model;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.artofthepossible.toolkit.internal.Immutables;

/**
 * A short text (a label or a title) in one or more locales.
 *
 * @param values the text per locale; at least one
 */
public record LocalizedText(Map<Locale, String> values) {
    /** Copies the values, ordered by language tag, and requires at least one. */
    public LocalizedText {
        values = Immutables.byLanguageTag(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException(
                    "a localized text needs a value in at least one locale");
        }
    }

    /**
     * Creates a text in one locale.
     *
     * @param locale the locale
     * @param value the text
     * @return the localized text
     */
    public static LocalizedText of(Locale locale, String value) {
        return new LocalizedText(Map.of(locale, value));
    }

    /**
     * Returns a copy with one more (or a replaced) locale.
     *
     * @param locale the locale
     * @param value the text in that locale
     * @return the new localized text
     */
    public LocalizedText with(Locale locale, String value) {
        var copy = new HashMap<>(values);
        copy.put(locale, value);
        return new LocalizedText(copy);
    }

    /**
     * Returns the text in the first locale of {@code chain} that has one.
     *
     * @param chain locales in order of preference, as {@link ToolkitInfo#fallbackChain(Locale)}
     *     returns them
     * @return the text, or empty when no locale of the chain has one
     */
    public Optional<String> get(List<Locale> chain) {
        for (Locale locale : chain) {
            String value = values.get(locale);
            if (value != null) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the text in the first locale of {@code chain} that has one, or else in any locale, so
     * that a label is never missing.
     *
     * @param chain locales in order of preference
     * @return the text
     */
    public String resolve(List<Locale> chain) {
        return get(chain).orElseGet(() -> values.values().iterator().next());
    }

    /**
     * Returns the locale of the text {@link #resolve(List)} returns, so that a page can mark a
     * passage written in another language than its own.
     *
     * @param chain locales in order of preference
     * @return the locale of the resolved text
     */
    public Locale resolvedLocale(List<Locale> chain) {
        for (Locale locale : chain) {
            if (values.containsKey(locale)) {
                return locale;
            }
        }
        return values.keySet().iterator().next();
    }
}
