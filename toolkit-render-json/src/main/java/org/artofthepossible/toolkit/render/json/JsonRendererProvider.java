package org.artofthepossible.toolkit.render.json;

import org.artofthepossible.toolkit.render.json.internal.JsonRenderer;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;

/**
 * Provides the {@code json} format: an item view as one JSON object, a list view as an object with
 * the item type and its items. Dates are ISO-8601 strings, locales BCP 47 tags, and absent values
 * are left out rather than written as {@code null}.
 *
 * <p>Found by {@link java.util.ServiceLoader} when this module is on the class path or module path.
 */
public final class JsonRendererProvider implements RendererProvider {
    /** The format this provider renders. */
    public static final String FORMAT = "json";

    /** Creates the provider; ServiceLoader calls this. */
    public JsonRendererProvider() {}

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Renderer create(RendererContext context) {
        return new JsonRenderer();
    }
}
