package org.artofthepossible.toolkit.content;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Content read from a directory tree: every regular file below the root is handed to the loader for
 * its extension, in path order.
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

    private DirectorySource(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Creates a source for a directory. The directory is read on each load, not now.
     *
     * @param root the content root
     * @return the source
     */
    public static DirectorySource of(Path root) {
        return new DirectorySource(root);
    }

    @Override
    public String name() {
        return "directory " + root;
    }

    @Override
    public LoadedContent load(SourceContext context) {
        if (!Files.isDirectory(root)) {
            return LoadedContent.failed(
                    List.of(
                            Diagnostic.error(
                                            ContentDiagnosticCodes.UNREADABLE_FILE,
                                            "the content root is not a directory")
                                    .withLocation(SourceLocation.of(root.toString()))));
        }
        Path realRoot;
        List<Path> files;
        try (Stream<Path> walk = Files.walk(root)) {
            realRoot = root.toRealPath();
            files =
                    walk.filter(p -> !p.equals(root))
                            .filter(p -> !isHidden(root.relativize(p)))
                            .filter(p -> !Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                            .sorted()
                            .toList();
        } catch (IOException | RuntimeException e) {
            return LoadedContent.failed(
                    List.of(
                            Diagnostic.error(
                                            ContentDiagnosticCodes.UNREADABLE_FILE,
                                            "could not list the content root: " + e)
                                    .withLocation(SourceLocation.of(root.toString()))));
        }
        var content = LoadedContent.builder();
        for (Path file : files) {
            String path = relativeName(file);
            content.add(loadFile(file, path, realRoot, context));
        }
        return content.build();
    }

    private LoadedContent loadFile(Path file, String path, Path realRoot, SourceContext context) {
        SourceLocation where = SourceLocation.of(path);
        try {
            if (Files.isSymbolicLink(file) && !file.toRealPath().startsWith(realRoot)) {
                return problem(
                        ContentDiagnosticCodes.PATH_ESCAPES_ROOT,
                        "is a link to a file outside the content root; it is ignored",
                        where);
            }
            if (!Files.isRegularFile(file)) {
                return LoadedContent.empty();
            }
            Optional<ContentLoader> loader = context.loaderFor(path);
            if (loader.isEmpty()) {
                return LoadedContent.failed(
                        List.of(
                                Diagnostic.warning(
                                                ContentDiagnosticCodes.NO_LOADER,
                                                "no loader takes this kind of file (loaders take "
                                                        + context.extensions()
                                                        + "); it is ignored")
                                        .withLocation(where)));
            }
            long size = Files.size(file);
            if (size > context.maxFileBytes()) {
                return problem(
                        ContentDiagnosticCodes.FILE_TOO_LARGE,
                        "has "
                                + size
                                + " bytes, more than the limit of "
                                + context.maxFileBytes()
                                + "; it is ignored",
                        where);
            }
            byte[] bytes = Files.readAllBytes(file);
            try {
                return loader.get().load(path, bytes);
            } catch (RuntimeException | StackOverflowError e) {
                return problem(
                        ContentDiagnosticCodes.LOADER_FAILED,
                        "the loader " + loader.get().getClass().getName() + " failed: " + e,
                        where);
            }
        } catch (IOException e) {
            return problem(
                    ContentDiagnosticCodes.UNREADABLE_FILE, "could not be read: " + e, where);
        }
    }

    private static LoadedContent problem(String code, String message, SourceLocation where) {
        return LoadedContent.failed(List.of(Diagnostic.error(code, message).withLocation(where)));
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

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public String toString() {
        return name();
    }
}
