package org.artofthepossible.toolkit.render.html;

import org.artofthepossible.toolkit.render.html.internal.HtmlRenderer;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;

/**
 * Provides the {@code html} format: an item as an {@code <article>}, a list as a {@code <section>}
 * of links whose accessible names include each item's title. Every text and attribute is escaped
 * with the OWASP Java Encoder; Markdown bodies go through commonmark-java with raw HTML escaped and
 * link and image URLs checked against {@link org.artofthepossible.toolkit.validation.UrlPolicy}.
 *
 * <p>In {@link org.artofthepossible.toolkit.RenderOptions.Mode#FRAGMENT fragment} mode the output
 * embeds in a host page; in {@link org.artofthepossible.toolkit.RenderOptions.Mode#DOCUMENT
 * document} mode it is a whole page with {@code <html lang>} and a title.
 */
public final class HtmlRendererProvider implements RendererProvider {
    /** The format this provider renders. */
    public static final String FORMAT = "html";

    /** Creates the provider; ServiceLoader calls this. */
    public HtmlRendererProvider() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Renderer create(RendererContext context) {
        return new HtmlRenderer();
    }
}
