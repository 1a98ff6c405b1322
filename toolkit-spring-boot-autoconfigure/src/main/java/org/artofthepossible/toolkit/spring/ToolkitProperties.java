package org.artofthepossible.toolkit.spring;

import java.net.URI;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/**
 * The {@code toolkit.*} properties: where the content is and how pages are rendered. Every value is
 * checked as it is bound, so a wrong one stops the application at start-up with the property's
 * name.
 */
@ConfigurationProperties("toolkit")
public class ToolkitProperties {
    private static final Set<String> THEMES = Set.of("default", "govuk");

    /**
     * Where the content is: "classpath:" and a folder on the class path, a folder, or a zip file.
     * Empty for the bundled E3M toolkit.
     */
    private String content = "";

    /**
     * The locale of pages and JSON when a request asks for none the content has. Empty for the
     * content's own default locale.
     */
    private Locale defaultLocale;

    /** The render cache's size. */
    private DataSize cacheSize = DataSize.ofBytes(ToolkitEngine.DEFAULT_CACHE_BYTES);

    /** Whether content with errors stops the application from starting. */
    private boolean strict;

    /** The HTML theme: "default" or "govuk". */
    private String theme = "default";

    /** The absolute URL of the site's root, for canonical links and structured data. */
    private URI baseUrl;

    /** The site's pages and JSON, served by the application. */
    private final Web web = new Web();

    public Web getWeb() {
        return web;
    }

    /** The {@code toolkit.web.*} properties. */
    public static class Web {
        /** Whether the application serves the toolkit's pages and JSON under the path. */
        private boolean enabled;

        /** Where the pages are served: "/toolkit" serves the home page at /toolkit/. */
        private String path = "/toolkit";

        public boolean isEnabled() {
            return enabled;
        }

        public void setEnabled(boolean enabled) {
            this.enabled = enabled;
        }

        public String getPath() {
            return path;
        }

        public void setPath(String path) {
            if (!path.matches("/|(/[A-Za-z0-9._~-]+)+")) {
                throw new IllegalArgumentException(
                        "toolkit.web.path must be / or a path such as /toolkit (no trailing"
                                + " slash, no query): "
                                + path);
            }
            this.path = path;
        }

        /** The path every URL starts with: "" for the root. */
        String prefix() {
            return path.equals("/") ? "" : path;
        }
    }

    public String getContent() {
        return content;
    }

    public void setContent(String content) {
        this.content = content == null ? "" : content.strip();
    }

    public Optional<Locale> defaultLocale() {
        return Optional.ofNullable(defaultLocale);
    }

    public Locale getDefaultLocale() {
        return defaultLocale;
    }

    public void setDefaultLocale(Locale defaultLocale) {
        this.defaultLocale = defaultLocale;
    }

    public DataSize getCacheSize() {
        return cacheSize;
    }

    public void setCacheSize(DataSize cacheSize) {
        if (cacheSize.isNegative()) {
            throw new IllegalArgumentException(
                    "toolkit.cache-size must not be negative: " + cacheSize);
        }
        this.cacheSize = cacheSize;
    }

    public boolean isStrict() {
        return strict;
    }

    public void setStrict(boolean strict) {
        this.strict = strict;
    }

    public String getTheme() {
        return theme;
    }

    public void setTheme(String theme) {
        if (!THEMES.contains(theme)) {
            throw new IllegalArgumentException(
                    "toolkit.theme: there is no theme '" + theme + "'; use default or govuk");
        }
        this.theme = theme;
    }

    public Optional<URI> baseUrl() {
        return Optional.ofNullable(baseUrl);
    }

    public URI getBaseUrl() {
        return baseUrl;
    }

    public void setBaseUrl(URI baseUrl) {
        if (baseUrl != null && !baseUrl.isAbsolute()) {
            throw new IllegalArgumentException(
                    "toolkit.base-url must be absolute, such as https://toolkit.example.org/: "
                            + baseUrl);
        }
        this.baseUrl = baseUrl;
    }
}
