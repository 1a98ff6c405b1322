package org.artofthepossible.toolkit.spi;

import java.util.Locale;

/**
 * Reads one file of one format into items (and, for a toolkit description file, the description,
 * vocabularies and menu). Created by a {@link ContentLoaderProvider}; must be thread-safe.
 */
public interface ContentLoader {

    /**
     * Reads a file. Problems become diagnostics in the result, never exceptions: a file with errors
     * yields none of its items and the other files still load.
     *
     * @param path the file's path relative to the content root, with {@code /} separators; used in
     *     diagnostics and to tell the item type from its folder
     * @param content the file's bytes; not to be modified
     * @param defaultLocale the toolkit's default locale, for items whose file names carry no locale
     *     of their own
     * @return what the file holds, with every problem found
     */
    LoadedContent load(String path, byte[] content, Locale defaultLocale);
}
