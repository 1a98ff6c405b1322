package org.artofthepossible.toolkit.content.internal;

import java.util.Set;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;
import org.artofthepossible.toolkit.spi.LoaderContext;

/** Loads YAML item files and toolkit.yaml. */
public final class YamlLoaderProvider implements ContentLoaderProvider {
    /** Creates the provider; ServiceLoader calls this. */
    public YamlLoaderProvider() {}

    @Override
    public String format() {
        return "yaml";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("yaml", "yml");
    }

    @Override
    public ContentLoader create(LoaderContext context) {
        return new ContentFileLoader(ContentFileLoader.Format.YAML, context.maxFileBytes());
    }
}
