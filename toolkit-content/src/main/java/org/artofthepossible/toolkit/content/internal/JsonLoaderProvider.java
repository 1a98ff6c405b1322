package org.artofthepossible.toolkit.content.internal;

import java.util.Set;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;
import org.artofthepossible.toolkit.spi.LoaderContext;

/** Loads JSON item files and toolkit.json. */
public final class JsonLoaderProvider implements ContentLoaderProvider {
    /** Creates the provider; ServiceLoader calls this. */
    public JsonLoaderProvider() {}

    @Override
    public String format() {
        return "json";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("json");
    }

    @Override
    public ContentLoader create(LoaderContext context) {
        return new ContentFileLoader(ContentFileLoader.Format.JSON, context.maxFileBytes());
    }
}
