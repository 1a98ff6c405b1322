package org.artofthepossible.toolkit.content.internal;

import java.util.Set;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;
import org.artofthepossible.toolkit.spi.LoaderContext;

/** Loads Markdown files with YAML front matter. */
public final class MarkdownLoaderProvider implements ContentLoaderProvider {
    /** Creates the provider; ServiceLoader calls this. */
    public MarkdownLoaderProvider() {}

    @Override
    public String format() {
        return "markdown";
    }

    @Override
    public Set<String> extensions() {
        return Set.of("md");
    }

    @Override
    public ContentLoader create(LoaderContext context) {
        return new ContentFileLoader(ContentFileLoader.Format.MARKDOWN, context.maxFileBytes());
    }
}
