package org.artofthepossible.toolkit.spi;

import java.util.Optional;

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
}
