package org.artofthepossible.toolkit;

import java.net.URI;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.model.Slugs;

/**
 * How to render a view.
 *
 * @param locale the reader's locale; content and labels fall back along the toolkit's chain
 * @param mode whether the output is embedded in a host page or is a whole document
 * @param theme the theme id, for renderers that have themes; {@code default} unless set
 * @param links maps items to the host's URLs
 * @param baseUrl the absolute URL of the site root, for canonical links
 * @param translations where the page being rendered is in each other language the site has: a
 *     language switcher links there, and {@code hreflang} alternates name those pages
 */
public record RenderOptions(
        Locale locale,
        Mode mode,
        String theme,
        LinkResolver links,
        Optional<URI> baseUrl,
        Map<Locale, Translation> translations) {

    private static final RenderOptions DEFAULTS =
            new RenderOptions(
                    Locale.ENGLISH,
                    Mode.FRAGMENT,
                    "default",
                    LinkResolver.CLEAN_URLS,
                    Optional.empty(),
                    Map.of());

    /** Whether output stands alone or is embedded. */
    public enum Mode {
        /** Embeddable in a host page: no document wrapper, no global styles. */
        FRAGMENT,
        /** A whole document. */
        DOCUMENT
    }

    /**
     * Where a page is in another language: the links of that language's pages, as seen from the
     * page being rendered, and the absolute URL of their root.
     *
     * <p>A static site with its Welsh pages under {@code cy/} renders its English page {@code
     * case-studies/oldham/} with the Welsh translation's links leading to {@code
     * ../../cy/case-studies/oldham/index.html}, and the Welsh root {@code https://example.org/cy/};
     * a server with the Welsh pages under {@code /cy/} gives links from the site root, {@code
     * /cy/case-studies/oldham/}, and its base URL.
     *
     * @param links the links of the pages in that language, from the page being rendered
     * @param baseUrl the absolute URL of the root of that language's pages, for {@code hreflang}
     *     alternates; without one, pages link the translation but name no alternates
     */
    public record Translation(LinkResolver links, Optional<URI> baseUrl) {
        /** Checks the parts. */
        public Translation {
            Objects.requireNonNull(links, "links");
            requireAbsolute(baseUrl);
        }

        /**
         * Makes a link absolute as {@link RenderOptions#absolute(String, String)} does, against
         * this translation's base URL.
         *
         * @param href a link as this translation's resolver gives it
         * @param cleanPath the page's path from the translation's root
         * @return the absolute URL, or empty without a base URL
         */
        public Optional<String> absolute(String href, String cleanPath) {
            return absoluteFrom(baseUrl, href, cleanPath);
        }
    }

    /**
     * The options before translations were part of them: a page in one language only.
     *
     * @param locale the reader's locale
     * @param mode whether the output is embedded in a host page or is a whole document
     * @param theme the theme id
     * @param links maps items to the host's URLs
     * @param baseUrl the absolute URL of the site root
     */
    public RenderOptions(
            Locale locale, Mode mode, String theme, LinkResolver links, Optional<URI> baseUrl) {
        this(locale, mode, theme, links, baseUrl, Map.of());
    }

    /** Checks the parts. */
    public RenderOptions {
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(mode, "mode");
        Slugs.requireSlug(theme, "theme");
        Objects.requireNonNull(links, "links");
        requireAbsolute(baseUrl);
        translations = Map.copyOf(translations);
        if (translations.containsKey(locale)) {
            throw new IllegalArgumentException(
                    "a page is no translation of itself: translations hold " + locale);
        }
    }

    private static void requireAbsolute(Optional<URI> baseUrl) {
        baseUrl.ifPresent(
                u -> {
                    if (!u.isAbsolute()) {
                        throw new IllegalArgumentException("baseUrl must be absolute: " + u);
                    }
                });
    }

    // The render cache hashes and compares options on every render: written out, these are several
    // times faster than a record's generated ones, which go through method handles shared by every
    // record (measured by toolkit-benchmarks' CacheBenchmark).
    @Override
    public int hashCode() {
        int hash = locale.hashCode();
        hash = 31 * hash + mode.hashCode();
        hash = 31 * hash + theme.hashCode();
        hash = 31 * hash + links.hashCode();
        hash = 31 * hash + baseUrl.hashCode();
        return 31 * hash + translations.hashCode();
    }

    @Override
    public boolean equals(Object other) {
        return this == other
                || other instanceof RenderOptions o
                        && locale.equals(o.locale)
                        && mode == o.mode
                        && theme.equals(o.theme)
                        && links.equals(o.links)
                        && baseUrl.equals(o.baseUrl)
                        && translations.equals(o.translations);
    }

    /**
     * English, fragment mode, the {@code default} theme, {@link LinkResolver#CLEAN_URLS}, no base
     * URL.
     *
     * @return the default options
     */
    public static RenderOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Returns a copy for another locale.
     *
     * @param value the locale
     * @return the new options
     */
    public RenderOptions withLocale(Locale value) {
        return new RenderOptions(value, mode, theme, links, baseUrl, translations);
    }

    /**
     * Returns a copy in another mode.
     *
     * @param value the mode
     * @return the new options
     */
    public RenderOptions withMode(Mode value) {
        return new RenderOptions(locale, value, theme, links, baseUrl, translations);
    }

    /**
     * Returns a copy with another theme.
     *
     * @param value the theme id
     * @return the new options
     */
    public RenderOptions withTheme(String value) {
        return new RenderOptions(locale, mode, value, links, baseUrl, translations);
    }

    /**
     * Returns a copy with another link resolver.
     *
     * @param value the resolver
     * @return the new options
     */
    public RenderOptions withLinks(LinkResolver value) {
        return new RenderOptions(locale, mode, theme, value, baseUrl, translations);
    }

    /**
     * Returns a copy with a base URL.
     *
     * @param value the absolute site root
     * @return the new options
     */
    public RenderOptions withBaseUrl(URI value) {
        return new RenderOptions(locale, mode, theme, links, Optional.of(value), translations);
    }

    /**
     * Returns a copy with the page's translations: where it is in each other language.
     *
     * @param value the translations by locale; none of them this page's locale
     * @return the new options
     */
    public RenderOptions withTranslations(Map<Locale, Translation> value) {
        return new RenderOptions(locale, mode, theme, links, baseUrl, value);
    }

    /**
     * Makes a link absolute against the base URL, the one way every renderer does it. A link from
     * the site root ({@code /case-studies/oldham/}) is taken from the site root the base URL names,
     * so a site under a path keeps it: with the base {@code https://example.gov.uk/toolkit/} it
     * becomes {@code https://example.gov.uk/toolkit/case-studies/oldham/}. An absolute link is kept
     * as it is.
     *
     * @param href a link as the link resolver gives it
     * @return the absolute URL, or empty when these options have no base URL
     */
    public Optional<String> absolute(String href) {
        return absoluteFrom(baseUrl, href, href);
    }

    /**
     * Makes a page's link absolute as {@link #absolute(String)} does, taking the clean path the
     * site serves the page at in place of a link relative to the page (as a static site opened from
     * disk has), which no base URL can make absolute.
     *
     * @param href a link as the link resolver gives it
     * @param cleanPath the page's path from the site root, such as {@code /case-studies/oldham/}
     * @return the absolute URL, or empty when these options have no base URL
     */
    public Optional<String> absolute(String href, String cleanPath) {
        return absoluteFrom(baseUrl, href, cleanPath);
    }

    private static Optional<String> absoluteFrom(
            Optional<URI> baseUrl, String link, String cleanPath) {
        String href = link.contains("://") || link.startsWith("/") ? link : cleanPath;
        return baseUrl.map(
                base -> {
                    URI root =
                            base.getPath() == null || base.getPath().endsWith("/")
                                    ? base
                                    : URI.create(base + "/");
                    return root.resolve(href.startsWith("/") ? href.substring(1) : href).toString();
                });
    }
}
