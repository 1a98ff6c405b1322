package org.artofthepossible.toolkit.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.content.internal.ContentFiles;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;

/**
 * Content read from a directory tree: {@code toolkit.yaml} at the root, then every other regular
 * file below it, in path order, each handed to the loader for its extension.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder()
 *         .source(DirectorySource.of(Path.of("content")))
 *         .build();
 * }</pre>
 *
 * <p>Nothing stops the whole load but a missing root: a file that is too large, unreadable, has no
 * loader, makes its loader fail, or is a link leading outside the root is reported with its path
 * and skipped, and the other files still load. Hidden files and folders (names starting with a dot)
 * are ignored. Every call to {@link #load} reads the tree again, so a reload sees edits.
 */
public final class DirectorySource implements ContentSource {
    private final Path root;
    private final String name;

    private DirectorySource(Path root, String name) {
        this.root = root;
        this.name = name;
    }

    /**
     * Creates a source for a directory. The directory is read on each load, not now.
     *
     * @param root the content root
     * @return the source
     */
    public static DirectorySource of(Path root) {
        Path absolute = root.toAbsolutePath().normalize();
        return new DirectorySource(absolute, "directory " + absolute);
    }

    /** A source over a directory of another file system, such as a jar's; see ClasspathSource. */
    static DirectorySource named(Path root, String name) {
        return new DirectorySource(root, name);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public LoadedContent load(SourceContext context) {
        if (!Files.isDirectory(root)) {
            return ContentFiles.fileError(
                    DiagnosticCodes.UNREADABLE_FILE,
                    "the content root is not a directory",
                    root.toString());
        }
        List<Path> files;
        Path realRoot;
        try (Stream<Path> walk = Files.walk(root)) {
            realRoot = root.toRealPath();
            files =
                    walk.filter(p -> !p.equals(root))
                            .filter(p -> !ContentFiles.isHidden(relativeName(p)))
                            .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                            .sorted()
                            .toList();
        } catch (IOException | RuntimeException e) {
            return ContentFiles.fileError(
                    DiagnosticCodes.UNREADABLE_FILE,
                    "could not list the content root: " + e,
                    root.toString());
        }
        var entries = new ArrayList<ContentFiles.Entry>();
        var refused = LoadedContent.builder();
        for (Path file : files) {
            String path = relativeName(file);
            if (Files.isSymbolicLink(file) && !leadsInside(file, realRoot)) {
                refused.add(
                        ContentFiles.fileError(
                                DiagnosticCodes.PATH_ESCAPES_ROOT,
                                "is a link to a file outside the content root; it is ignored",
                                path));
            } else if (Files.isRegularFile(file)) {
                entries.add(new ContentFiles.Entry(path, () -> Files.newInputStream(file)));
            }
        }
        return refused.add(ContentFiles.load(entries, context)).build();
    }

    private static boolean leadsInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // a dangling link leads nowhere we may read
        }
    }

    private String relativeName(Path file) {
        var name = new StringBuilder();
        for (Path part : root.relativize(file)) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }

    @Override
    public String toString() {
        return name();
    }
}
