package org.artofthepossible.toolkit.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** A copy of the bundled content in a folder of a test's own, to edit. */
final class BundledCopy {
    private static final Path BUNDLED =
            Path.of("../toolkit-content/src/main/resources/toolkit-content/e3m");

    private BundledCopy() {}

    /**
     * Copies the bundled content into a folder.
     *
     * @param folder the copy's root; made if missing
     * @return the folder
     * @throws IOException when a file cannot be copied
     */
    static Path into(Path folder) throws IOException {
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path from : files.toList()) {
                Path to = folder.resolve(BUNDLED.relativize(from).toString());
                if (Files.isDirectory(from)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(from, to);
                }
            }
        }
        return folder;
    }
}
