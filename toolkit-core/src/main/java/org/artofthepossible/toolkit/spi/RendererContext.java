package org.artofthepossible.toolkit.spi;

import java.util.List;
import java.util.Optional;
import java.util.ServiceLoader;

/** What a {@link RendererProvider} is told when it creates its renderer. */
public interface RendererContext {

    /**
     * Finds the renderer of another format, for a format that embeds it (HTML pages embed JSON-LD).
     * Call it while rendering, not while creating, since renderers are created in turn.
     *
     * @param format the other format
     * @return the renderer, or empty when no plugin provides that format
     */
    Optional<Renderer> renderer(String format);

    /**
     * Finds the providers of an extension point of the renderer's own, the way the engine finds its
     * plugins: with the engine's class loader or module layer, none when the engine's discovery is
     * off, and each that fails to load reported in the engine's {@code plugins().problems()} and
     * left out. The renderer's module must {@code uses} the service.
     *
     * <p>This default, for contexts made outside an engine, uses the service's own class loader and
     * logs failures.
     *
     * @param service the extension point, such as the html renderer's {@code MarkupOverride}
     * @param <S> its type
     * @return the providers found, in discovery order
     */
    default <S> List<S> discover(Class<S> service) {
        // ServiceLoader serves only modules that use the service; this module looks for others.
        RendererContext.class.getModule().addUses(service);
        return ServiceProviders.loadAll(
                ServiceLoader.load(service, service.getClassLoader()),
                e ->
                        System.getLogger(RendererContext.class.getName())
                                .log(System.Logger.Level.WARNING, e.getMessage(), e));
    }
}
