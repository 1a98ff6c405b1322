package org.artofthepossible.toolkit.spi;

/**
 * Provides the {@link Renderer} of one output format. Found through {@link java.util.ServiceLoader}
 * ({@code META-INF/services} or {@code provides} in {@code module-info.java}) or registered on the
 * engine builder, which wins over discovery.
 */
public interface RendererProvider {

    /**
     * Names the format, for example {@code html} or {@code json}.
     *
     * @return a slug, unique among the renderers in use
     */
    String format();

    /**
     * Creates the renderer.
     *
     * @param context access to the other renderers, for formats that embed another
     * @return a thread-safe renderer
     */
    Renderer create(RendererContext context);
}
