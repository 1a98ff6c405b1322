package org.artofthepossible.toolkit.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.artofthepossible.toolkit.render.html.internal.HtmlRenderer;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;

/**
 * Provides the {@code html} format for every view: items (case studies with their facts, FAQs,
 * model documents, pages), lists (the case-study index with facet counts, the FAQ page, the
 * documents library grouped by kind), the menu and the home page.
 *
 * <p>Every text and attribute is escaped with the OWASP Java Encoder; Markdown bodies go through
 * commonmark-java with raw HTML escaped and URLs checked against {@link
 * org.artofthepossible.toolkit.validation.UrlPolicy}. Labels come in English and Welsh.
 *
 * <p>In {@link org.artofthepossible.toolkit.RenderOptions.Mode#FRAGMENT fragment} mode the output
 * embeds in a host page; in {@link org.artofthepossible.toolkit.RenderOptions.Mode#DOCUMENT
 * document} mode it is a whole page that links its stylesheet and {@value #ICON} through the link
 * resolver's {@code assetHref}, and embeds the view's schema.org data when a {@code jsonld}
 * renderer is registered (toolkit-render-json has one).
 *
 * <p>Two themes: {@code default}, whose small, responsive, print-friendly stylesheet {@link
 * #stylesheet()} is to be served as {@value #STYLESHEET}, and {@code govuk}, which adds the classes
 * of the GOV.UK Design System (generic header, service navigation, footer, summary list, details,
 * breadcrumbs, pagination, inset text, typography) and links {@code toolkit-govuk.css}: the
 * stylesheet built from govuk-frontend with a font stack of Arial, as the Design System asks of
 * services outside GOV.UK. {@link #assets(String)} gives every file a theme's pages link. Another
 * theme name is an error. {@link MarkupOverride}s replace the markup of chosen views.
 */
public final class HtmlRendererProvider implements RendererProvider {
    /** The format this provider renders. */
    public static final String FORMAT = "html";

    /**
     * The code of the warning for Markdown nested deeper than pages show as written, reported by
     * the {@code markdown} validation rule this module provides.
     */
    public static final String MARKDOWN_TOO_DEEP = "markdown-too-deep";

    /**
     * The code of the warning for a menu or footer entry whose icon this renderer does not have,
     * reported by the {@code icons} validation rule this module provides; pages show the entry
     * without an icon.
     */
    public static final String UNKNOWN_ICON = "unknown-icon";

    /** The file name whole pages link their stylesheet by. */
    public static final String STYLESHEET = "toolkit.css";

    /** The file name whole pages link their icon by, an SVG image. */
    public static final String ICON = "icon.svg";

    /** Each theme's assets by its stylesheet's name, read once. */
    private static final Map<String, List<Asset>> ASSETS = new ConcurrentHashMap<>();

    /**
     * A file whole pages link through the link resolver's {@code assetHref(name)}.
     *
     * @param name the file name, for example {@code toolkit.css}
     * @param mediaType the media type to serve it as, for example {@code text/css; charset=utf-8}
     * @param text the file's content
     */
    public record Asset(String name, String mediaType, String text) {}

    /** The overrides given, or empty to discover them when the renderer is created. */
    private final Optional<List<MarkupOverride>> overrides;

    /**
     * Creates the provider; ServiceLoader calls this. Its renderer uses the {@link MarkupOverride}s
     * the engine discovers, with the engine's class loader or module layer (none when the engine's
     * discovery is off); one that fails to load is reported in the engine's {@code
     * plugins().problems()} and left out.
     */
    public HtmlRendererProvider() {
        this.overrides = Optional.empty();
    }

    /**
     * Creates a provider with the given markup overrides only, to register on the engine builder.
     *
     * @param overrides overrides, the first that handles a view writing it
     */
    public HtmlRendererProvider(List<MarkupOverride> overrides) {
        this.overrides = Optional.of(List.copyOf(overrides));
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Renderer create(RendererContext context) {
        return new HtmlRenderer(
                context,
                overrides.orElseGet(() -> List.copyOf(context.discover(MarkupOverride.class))));
    }

    /**
     * Returns the default theme's stylesheet, for a host to serve at {@code
     * assetHref("toolkit.css")}.
     *
     * @return the CSS text
     */
    public static String stylesheet() {
        return resource(STYLESHEET);
    }

    /**
     * Returns every file the whole pages of a theme link: its stylesheet and the icon, for a host
     * (or an export) to serve at {@code assetHref(name)}.
     *
     * @param theme a theme id, {@code default} or {@code govuk}
     * @return the files, stylesheet first
     * @throws org.artofthepossible.toolkit.ToolkitException for a theme the renderer does not have
     */
    public static List<Asset> assets(String theme) {
        String stylesheet = HtmlRenderer.stylesheet(theme);
        // Read from the jar once a theme: a host may ask on every request.
        return ASSETS.computeIfAbsent(
                stylesheet,
                name ->
                        List.of(
                                new Asset(name, "text/css; charset=utf-8", resource(name)),
                                new Asset(ICON, "image/svg+xml", icon())));
    }

    /**
     * Returns the icon whole pages link, for a host to serve at {@code assetHref("icon.svg")} as
     * {@code image/svg+xml}.
     *
     * @return the SVG text
     */
    public static String icon() {
        return resource(ICON);
    }

    private static String resource(String name) {
        try (InputStream in =
                HtmlRendererProvider.class.getResourceAsStream("/toolkit-html/" + name)) {
            if (in == null) {
                throw new IllegalStateException("missing resource toolkit-html/" + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
