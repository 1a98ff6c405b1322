package org.artofthepossible.toolkit.content;

import java.io.IOException;
import java.net.JarURLConnection;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
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
                // Every handler of jar: URLs, the JDK's and Spring Boot's for nested jars alike,
                // opens a JarURLConnection.
                return loadFromJar((JarURLConnection) marker.openConnection(), context);
            }
            return DirectorySource.named(Path.of(uri).getParent(), name()).load(context);
        } catch (IOException | URISyntaxException | RuntimeException e) {
            return ContentFiles.fileError(
                    DiagnosticCodes.UNREADABLE_FILE, "could not open " + marker + ": " + e, root);
        }
    }

    /**
     * Reads the root's files through the jar's URL connection, whose jar shares the directory the
     * JDK read when the class loader opened it: a zip file system of the jar would read that
     * directory again, a tenth of a second at every start for a shaded jar of 19,000 entries.
     * Entries are taken as {@link ZipSource} takes them.
     */
    private LoadedContent loadFromJar(JarURLConnection connection, SourceContext context)
            throws IOException {
        JarFile jar = connection.getJarFile();
        try {
            String marker = connection.getEntryName();
            String prefix = marker.substring(0, marker.length() - "toolkit.yaml".length());
            List<JarEntry> files =
                    jar.stream()
                            .filter(e -> !e.isDirectory() && e.getName().startsWith(prefix))
                            .sorted(Comparator.comparing(JarEntry::getName))
                            .toList();
            var entries = new ArrayList<ContentFiles.Entry>();
            var refused = LoadedContent.builder();
            for (JarEntry entry : files) {
                String path = entry.getName().substring(prefix.length());
                if (ZipSource.escapes(path)) {
                    refused.add(ZipSource.outsideTheRoot(path));
                } else if (!ContentFiles.isHidden(path)) {
                    entries.add(new ContentFiles.Entry(path, () -> jar.getInputStream(entry)));
                }
            }
            return refused.add(ContentFiles.load(entries, context)).build();
        } finally {
            // A cached jar is shared with every later use of the URL and stays open, as the class
            // loader's does; one opened for this connection alone is this load's to close.
            if (!connection.getUseCaches()) {
                jar.close();
            }
        }
    }

    @Override
    public String toString() {
        return name();
    }
}
