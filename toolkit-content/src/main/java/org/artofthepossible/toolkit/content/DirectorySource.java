package org.artofthepossible.toolkit.content;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.TreeMap;
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
        // Each file with the attributes the walk read: asking again whether it is a folder, a link
        // or a file stat-ed every file twice more. Sorted by path, as they are loaded.
        var files = new TreeMap<Path, BasicFileAttributes>();
        Path realRoot;
        try {
            realRoot = root.toRealPath();
            Files.walkFileTree(
                    root,
                    new SimpleFileVisitor<>() {
                        @Override
                        public FileVisitResult preVisitDirectory(
                                Path folder, BasicFileAttributes attributes) {
                            return folder.equals(root) || !isHidden(folder)
                                    ? FileVisitResult.CONTINUE
                                    : FileVisitResult.SKIP_SUBTREE;
                        }

                        @Override
                        public FileVisitResult visitFile(
                                Path file, BasicFileAttributes attributes) {
                            if (!isHidden(file)) {
                                files.put(file, attributes);
                            }
                            return FileVisitResult.CONTINUE;
                        }
                    });
        } catch (IOException | RuntimeException e) {
            return ContentFiles.fileError(
                    DiagnosticCodes.UNREADABLE_FILE,
                    "could not list the content root: " + e,
                    root.toString());
        }
        var entries = new ArrayList<ContentFiles.Entry>();
        var refused = LoadedContent.builder();
        files.forEach(
                (file, attributes) -> {
                    String path = relativeName(file);
                    if (attributes.isSymbolicLink() && !leadsInside(file, realRoot)) {
                        refused.add(
                                ContentFiles.fileError(
                                        DiagnosticCodes.PATH_ESCAPES_ROOT,
                                        "is a link to a file outside the content root; it is"
                                                + " ignored",
                                        path));
                    } else if (attributes.isRegularFile()
                            || (attributes.isSymbolicLink() && Files.isRegularFile(file))) {
                        entries.add(new ContentFiles.Entry(path, () -> Files.newInputStream(file)));
                    }
                });
        return refused.add(ContentFiles.load(entries, context)).build();
    }

    /** Whether a file or folder is hidden by its own name: nothing in a hidden folder loads. */
    private static boolean isHidden(Path file) {
        Path name = file.getFileName();
        return name != null && ContentFiles.isHidden(name.toString());
    }

    private static boolean leadsInside(Path link, Path realRoot) {
        try {
            return link.toRealPath().startsWith(realRoot);
        } catch (IOException e) {
            return false; // a dangling link leads nowhere we may read
        }
    }

    /**
     * A file's path below the root with {@code /} separators. Files come from a walk of the root,
     * so their paths start with the root's: cutting that off is enough ({@code Path.relativize} and
     * a walk over the parts were a tenth of reading the tree).
     */
    private String relativeName(Path file) {
        String separator = root.getFileSystem().getSeparator();
        String rootName = root.toString();
        int cut = rootName.endsWith(separator) ? rootName.length() : rootName.length() + 1;
        String name = file.toString().substring(cut);
        return separator.equals("/") ? name : name.replace(separator, "/");
    }

    @Override
    public String toString() {
        return name();
    }
}
