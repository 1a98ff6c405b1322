package org.artofthepossible.toolkit.render.json;

import org.artofthepossible.toolkit.render.json.internal.JsonRenderer;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;

/**
 * Provides the {@code json} format for every view, in the canonical shape of {@code docs/json.md}:
 * an item view is the item itself, and lists (with facet counts), the menu and the home page are
 * objects of their own. Output is compact; register {@code new JsonRendererProvider(true)} on the
 * engine builder for indented output.
 *
 * <p>Found by {@link java.util.ServiceLoader} when this module is on the class path or module path.
 */
public final class JsonRendererProvider implements RendererProvider {
    /** The format this provider renders. */
    public static final String FORMAT = "json";

    private final boolean pretty;

    /** Creates the provider of compact JSON; ServiceLoader calls this. */
    public JsonRendererProvider() {
        this(false);
    }

    /**
     * Creates a provider.
     *
     * @param pretty true to indent the output for people to read
     */
    public JsonRendererProvider(boolean pretty) {
        this.pretty = pretty;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public Renderer create(RendererContext context) {
        return new JsonRenderer(pretty);
    }
}
