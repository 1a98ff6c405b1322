package org.artofthepossible.toolkit.spi;

/**
 * Where content comes from: a directory, a classpath root, a zip file, or content assembled in
 * code. A source finds the files and hands each to the {@link ContentLoader} for its extension
 * through the {@link SourceContext}.
 *
 * <p>A source reports unreadable files as diagnostics in its result and goes on with the others; an
 * exception it throws is reported as {@code source-failed} and the source contributes nothing.
 * Implementations must be safe to call again for a reload.
 */
public interface ContentSource {

    /**
     * Names the source in messages, for example {@code directory /srv/content}.
     *
     * @return a short description
     */
    String name();

    /**
     * Reads the content.
     *
     * @param context the loaders and limits in force
     * @return what was read, with every problem met
     */
    LoadedContent load(SourceContext context);

    /**
     * Returns a source that always yields the given content, for content assembled in code.
     *
     * @param name the name for messages
     * @param content the content
     * @return the source
     */
    static ContentSource of(String name, LoadedContent content) {
        return new ContentSource() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public LoadedContent load(SourceContext context) {
                return content;
            }
        };
    }
}
