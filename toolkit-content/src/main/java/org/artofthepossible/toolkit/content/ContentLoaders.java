package org.artofthepossible.toolkit.content;

import java.util.List;
import org.artofthepossible.toolkit.content.internal.JsonLoaderProvider;
import org.artofthepossible.toolkit.content.internal.MarkdownLoaderProvider;
import org.artofthepossible.toolkit.content.internal.YamlLoaderProvider;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;

/**
 * The bundled loaders, for engines that register plugins explicitly instead of discovering them:
 *
 * <pre>{@code
 * ToolkitEngine.Builder builder = ToolkitEngine.builder().discoverPlugins(false);
 * ContentLoaders.all().forEach(builder::loader);
 * }</pre>
 *
 * <p>With discovery on (the default) these are found through {@link java.util.ServiceLoader} and
 * need no registering.
 */
public final class ContentLoaders {
    private ContentLoaders() {}

    /**
     * Returns the loader of Markdown files with YAML front matter ({@code .md}).
     *
     * @return a new provider
     */
    public static ContentLoaderProvider markdown() {
        return new MarkdownLoaderProvider();
    }

    /**
     * Returns the loader of YAML files ({@code .yaml}, {@code .yml}).
     *
     * @return a new provider
     */
    public static ContentLoaderProvider yaml() {
        return new YamlLoaderProvider();
    }

    /**
     * Returns the loader of JSON files ({@code .json}), which also reads the {@code json}
     * renderer's canonical JSON.
     *
     * @return a new provider
     */
    public static ContentLoaderProvider json() {
        return new JsonLoaderProvider();
    }

    /**
     * Returns all three.
     *
     * @return the Markdown, YAML and JSON loaders
     */
    public static List<ContentLoaderProvider> all() {
        return List.of(markdown(), yaml(), json());
    }
}
