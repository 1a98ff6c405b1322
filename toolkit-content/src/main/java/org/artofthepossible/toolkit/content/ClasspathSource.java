package org.artofthepossible.toolkit.content;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.artofthepossible.toolkit.content.internal.ContentFiles;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;

/**
 * Content shipped as resources: a content root inside a jar (plain, modular or shaded) or a class
 * folder. The root is found through its {@code toolkit.yaml}.
 *
 * <pre>{@code
 * ContentSource mine = ClasspathSource.of("my-toolkit", MyApp.class.getClassLoader());
 * }</pre>
 *
 * <p>Name the root with a folder that is not a valid Java package name (one with a hyphen, such as
 * {@code my-toolkit}): in a named module, resources in package folders are encapsulated and cannot
 * be read from outside it, while others can.
 */
public final class ClasspathSource implements ContentSource {
    private final String root;
    private final ClassLoader classLoader;

    private ClasspathSource(String root, ClassLoader classLoader) {
        this.root = root;
        this.classLoader = classLoader;
    }

    /**
     * Creates a source for a resource folder.
     *
     * @param root the folder, relative to the class path root, for example {@code my-toolkit}
     * @param classLoader the loader to find it with
     * @return the source
     */
    public static ClasspathSource of(String root, ClassLoader classLoader) {
        String trimmed = root.replaceAll("^/+|/+$", "");
        return new ClasspathSource(trimmed, Objects.requireNonNull(classLoader, "classLoader"));
    }

    @Override
    public String name() {
        return "classpath " + root;
    }

    @Override
    public LoadedContent load(SourceContext context) {
        URL marker = classLoader.getResource(root + "/toolkit.yaml");
        if (marker == null) {
            return ContentFiles.fileError(
                    DiagnosticCodes.UNREADABLE_FILE,
                    "no resource " + root + "/toolkit.yaml on the class path",
                    root);
        }
        try {
            URI uri = marker.toURI();
            if (uri.getScheme().equals("jar")) {
                FileSystem jar = jarFileSystem(uri);
                Path directory = jar.provider().getPath(uri).getParent();
                return DirectorySource.named(directory, name()).load(context);
            }
            return DirectorySource.named(Path.of(uri).getParent(), name()).load(context);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return ContentFiles.fileError(
                    DiagnosticCodes.UNREADABLE_FILE, "could not open " + marker + ": " + e, root);
        }
    }

    private static FileSystem jarFileSystem(URI uri) throws IOException {
        // The jar's file system stays open for the life of the class loader, like the jar itself;
        // later loads reuse it.
        try {
            return FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
            return FileSystems.getFileSystem(uri);
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
