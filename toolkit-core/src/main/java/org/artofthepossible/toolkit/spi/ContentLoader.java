package org.artofthepossible.toolkit.spi;

/**
 * Reads one file of one format into items (and, for a toolkit description file, the description,
 * vocabularies and menu). Created by a {@link ContentLoaderProvider}; must be thread-safe.
 */
public interface ContentLoader {

    /**
     * Reads a file. Problems become diagnostics in the result, never exceptions: a file with errors
     * yields none of its items, or yields them with their {@linkplain LoadedItem#problems()
     * problems}, and the other files still load. A loader that can build a tree of the file's
     * values with their positions need not build model records itself: {@code
     * org.artofthepossible.toolkit.content.ContentMapper} (in {@code toolkit-content}) turns the
     * tree into items and diagnostics, as the bundled loaders do.
     *
     * @param file the file: its path, what its folder and name say it holds, and its bytes
     * @return what the file holds, with every problem found
     */
    LoadedContent load(ContentFile file);
}
