package org.artofthepossible.toolkit.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.ContentSources;
import org.artofthepossible.toolkit.spi.ContentSource;
import picocli.CommandLine.Option;

/** {@code --content DIR|ZIP}: the content to use; the bundled toolkit when absent. */
final class ContentOption {
    @Option(
            names = "--content",
            paramLabel = "DIR|ZIP",
            description = "A content folder or zip file (default: the bundled E3M toolkit).")
    Optional<Path> content = Optional.empty();

    ContentSource source() {
        return content.map(ContentSources::of).orElseGet(BundledToolkit::source);
    }

    /** The content folder or zip file given, if any. */
    Optional<Path> path() {
        return content;
    }

    Optional<Path> directory() {
        return content.filter(Files::isDirectory);
    }

    ToolkitEngine.Builder engine() {
        return ToolkitEngine.builder().source(source());
    }
}
