package org.artofthepossible.toolkit.content;

import java.nio.file.Files;
import java.nio.file.Path;
import org.artofthepossible.toolkit.spi.ContentSource;

/** Picks the content source for a path a user gives: a folder or a zip file. */
public final class ContentSources {
    private ContentSources() {}

    /**
     * Returns a {@link ZipSource} when {@code path} is a file and a {@link DirectorySource}
     * otherwise (a missing path included, which the first load then reports).
     *
     * @param path a content folder or a zip of one
     * @return the source
     */
    public static ContentSource of(Path path) {
        return Files.isRegularFile(path) ? ZipSource.of(path) : DirectorySource.of(path);
    }
}
