package org.artofthepossible.toolkit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.internal.Immutables;

/**
 * What the content says about itself: its title, publisher and locales.
 *
 * @param title the toolkit's title per locale
 * @param publisher who publishes the content
 * @param defaultLocale the locale every item exists in; the end of every fallback chain
 * @param locales every locale the content is written in, the default first
 * @param fallbacks for a locale, the locale to try next when an item or label is missing in it, for
 *     example {@code cy -> en}
 * @param law the law in force now, which case studies are read against: what each of their
 *     procurement routes would be today
 * @param accessibility the accessibility statement of the site the toolkit is published as
 */
public record ToolkitInfo(
        LocalizedText title,
        String publisher,
        Locale defaultLocale,
        List<Locale> locales,
        Map<Locale, Locale> fallbacks,
        Optional<TodaysLaw> law,
        Optional<AccessibilityStatement> accessibility) {

    /** Copies the collections and checks that the locales are consistent and acyclic. */
    public ToolkitInfo {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(publisher, "publisher");
        Objects.requireNonNull(defaultLocale, "defaultLocale");
        Objects.requireNonNull(law, "law");
        Objects.requireNonNull(accessibility, "accessibility");
        var all = new ArrayList<Locale>();
        all.add(defaultLocale);
        locales.stream().filter(l -> !l.equals(defaultLocale)).distinct().forEach(all::add);
        locales = List.copyOf(all);
        fallbacks = Immutables.byLanguageTag(fallbacks);
        for (Map.Entry<Locale, Locale> edge : fallbacks.entrySet()) {
            if (!locales.contains(edge.getKey()) || !locales.contains(edge.getValue())) {
                throw new IllegalArgumentException(
                        "fallback " + edge + " names a locale that is not among " + locales);
            }
        }
        for (Locale start : fallbacks.keySet()) {
            var seen = new ArrayList<Locale>();
            for (Locale at = start; at != null; at = fallbacks.get(at)) {
                if (seen.contains(at)) {
                    throw new IllegalArgumentException("locale fallbacks form a cycle: " + seen);
                }
                seen.add(at);
            }
        }
    }

    /**
     * Creates the description of content with no accessibility statement.
     *
     * @param title the toolkit's title per locale
     * @param publisher who publishes the content
     * @param defaultLocale the locale every item exists in
     * @param locales every locale the content is written in
     * @param fallbacks for a locale, the locale to try next
     * @param law the law in force now
     */
    public ToolkitInfo(
            LocalizedText title,
            String publisher,
            Locale defaultLocale,
            List<Locale> locales,
            Map<Locale, Locale> fallbacks,
            Optional<TodaysLaw> law) {
        this(title, publisher, defaultLocale, locales, fallbacks, law, Optional.empty());
    }

    /**
     * Creates the description of content that states no law.
     *
     * @param title the toolkit's title per locale
     * @param publisher who publishes the content
     * @param defaultLocale the locale every item exists in
     * @param locales every locale the content is written in
     * @param fallbacks for a locale, the locale to try next
     */
    public ToolkitInfo(
            LocalizedText title,
            String publisher,
            Locale defaultLocale,
            List<Locale> locales,
            Map<Locale, Locale> fallbacks) {
        this(
                title,
                publisher,
                defaultLocale,
                locales,
                fallbacks,
                Optional.empty(),
                Optional.empty());
    }

    /**
     * Returns a copy that states the law in force now.
     *
     * @param law the law
     * @return the copy
     */
    public ToolkitInfo withLaw(TodaysLaw law) {
        return new ToolkitInfo(
                title,
                publisher,
                defaultLocale,
                locales,
                fallbacks,
                Optional.of(law),
                accessibility);
    }

    /**
     * Returns a copy with an accessibility statement.
     *
     * @param statement the statement
     * @return the copy
     */
    public ToolkitInfo withAccessibility(AccessibilityStatement statement) {
        return new ToolkitInfo(
                title, publisher, defaultLocale, locales, fallbacks, law, Optional.of(statement));
    }

    /**
     * Creates the description of content written in one locale.
     *
     * @param title the title
     * @param publisher the publisher
     * @param locale the only locale
     * @return the description
     */
    public static ToolkitInfo of(String title, String publisher, Locale locale) {
        return new ToolkitInfo(
                LocalizedText.of(locale, title), publisher, locale, List.of(locale), Map.of());
    }

    /**
     * Returns the locales to try, in order, for a reader who asked for {@code requested}: the
     * requested locale, then its declared fallbacks, then its language alone (so {@code en-GB}
     * finds {@code en}), and finally the default locale.
     *
     * @param requested the reader's locale
     * @return the chain, without duplicates, always ending with the default locale
     */
    public List<Locale> fallbackChain(Locale requested) {
        var chain = new ArrayList<Locale>();
        for (Locale at = requested; at != null && !chain.contains(at); at = fallbacks.get(at)) {
            chain.add(at);
        }
        Locale language = Locale.forLanguageTag(requested.getLanguage());
        if (!chain.contains(language)) {
            for (Locale at = language; at != null && !chain.contains(at); at = fallbacks.get(at)) {
                chain.add(at);
            }
        }
        if (!chain.contains(defaultLocale)) {
            chain.add(defaultLocale);
        }
        return List.copyOf(chain);
    }
}
