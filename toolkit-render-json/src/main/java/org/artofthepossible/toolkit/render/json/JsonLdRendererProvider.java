package org.artofthepossible.toolkit.render.json;

import org.artofthepossible.toolkit.render.json.internal.JsonLdRenderer;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;

/**
 * Provides the {@code jsonld} format: schema.org structured data for every view ({@code Article}
 * for case studies, {@code FAQPage} for questions, {@code DigitalDocument}, {@code WebPage}, {@code
 * ItemList}, {@code BreadcrumbList}, {@code WebSite}). The output is safe to place inside {@code
 * <script type="application/ld+json">}: {@code <}, {@code >}, {@code &}, U+2028 and U+2029 are
 * escaped. The {@code html} renderer embeds it in whole pages when this module is present. URLs are
 * absolute when the render options have a base URL.
 */
public final class JsonLdRendererProvider implements RendererProvider {
    /** The format this provider renders. */
    public static final String FORMAT = "jsonld";

    /** Creates the provider; ServiceLoader calls this. */
    public JsonLdRendererProvider() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Renderer create(RendererContext context) {
        return new JsonLdRenderer();
    }
}
