package org.artofthepossible.toolkit.render.html;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
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
 * document} mode it is a whole page that links the stylesheet {@value #STYLESHEET} through the link
 * resolver's {@code assetHref}; serve {@link #stylesheet()} there. The theme is {@code default};
 * another theme name is an error.
 */
public final class HtmlRendererProvider implements RendererProvider {
    /** The format this provider renders. */
    public static final String FORMAT = "html";

    /** The file name whole pages link their stylesheet by. */
    public static final String STYLESHEET = "toolkit.css";

    /** The file name whole pages link their icon by, an SVG image. */
    public static final String ICON = "icon.svg";

    /** Creates the provider; ServiceLoader calls this. */
    public HtmlRendererProvider() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Renderer create(RendererContext context) {
        return new HtmlRenderer(context);
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
