package org.artofthepossible.toolkit.spi;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Executor;

/**
 * What a {@link ContentSource} uses while it reads: the engine's loaders, its limits and its
 * executor. A source finds files and hands each to {@link #load(String, Opener)}; the engine does
 * the rest the same way for every source: it picks the loader by extension, reads the file within
 * {@link #maxFileBytes()}, works out what the file holds from its path (see {@link ContentFile}),
 * calls the loader, and turns every failure into a diagnostic for that file alone.
 *
 * <p>The first toolkit description loaded sets the default locale of the item files of every
 * source: a source loads its {@code toolkit.EXT} before its items, and a source read before the
 * description (which a later source holds) is read again once the default locale is known.
 */
public interface SourceContext {

    /** Opens a file's bytes; called at most once per load. */
    @FunctionalInterface
    interface Opener {
        /**
         * Opens the file.
         *
         * @return a stream the caller closes
         * @throws IOException when the file cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * Loads one file. Never throws: a file no loader takes is a {@code no-loader} warning, and one
     * that cannot be read, is too large, lies outside the item folders, has a name that is not an
     * id, or makes its loader fail is a diagnostic for that file. Safe to call from several threads
     * at once.
     *
     * @param path the path relative to the content root, with {@code /} separators
     * @param opener how to read the file; not called when no loader takes it
     * @return what the file holds, with every problem found
     */
    LoadedContent load(String path, Opener opener);

    /**
     * Loads one file already in memory, as {@link #load(String, Opener)} does.
     *
     * @param path the path relative to the content root, with {@code /} separators
     * @param content the bytes; not to be modified
     * @return what the file holds, with every problem found
     */
    default LoadedContent load(String path, byte[] content) {
        return load(path, () -> new ByteArrayInputStream(content));
    }

    /**
     * Returns the toolkit's default locale as known so far: the one the first toolkit description
     * read declares, English before one is read. A source that makes items in code gives them this
     * locale, as item files without a locale in their name get it; a source read before the
     * description is read again once it is known.
     *
     * @return the default locale
     */
    default Locale defaultLocale() {
        return Locale.ENGLISH;
    }

    /**
     * Returns every extension some loader takes, lower case without the dot.
     *
     * @return for example {@code [md, yaml, yml, json]}
     */
    Set<String> extensions();

    /**
     * Returns the largest file, in bytes, the engine loads; sources may use it to bound what they
     * read beside files, such as a zip's directory.
     *
     * @return the limit; 1 MiB unless the engine was configured otherwise
     */
    long maxFileBytes();

    /**
     * Returns where a source may load files in parallel: the engine's executor (see {@code
     * ToolkitEngine.Builder.executor}).
     *
     * @return the executor
     */
    Executor executor();
}
