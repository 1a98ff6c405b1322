package org.artofthepossible.toolkit.content.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.artofthepossible.toolkit.content.ContentDiagnosticCodes;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * What every file-based source shares: read each file within the size limit, hand it to the loader
 * for its extension, and turn every failure into a diagnostic for that file alone. The toolkit
 * description ({@code toolkit.yaml}, {@code .yml} or {@code .json} at the root) is loaded first so
 * that its default locale applies to the items.
 */
public final class ContentFiles {
    private static final Locale FALLBACK_LOCALE = Locale.ENGLISH;

    /** Opens a file's bytes; called once per load. */
    @FunctionalInterface
    public interface Opener {
        /**
         * Opens the file.
         *
         * @return a stream the caller closes
         * @throws IOException when the file cannot be read
         */
        InputStream open() throws IOException;
    }

    /**
     * One file a source found.
     *
     * @param path the path relative to the content root, with {@code /} separators
     * @param opener how to read it
     */
    public record Entry(String path, Opener opener) {}

    private ContentFiles() {}

    /**
     * Loads files in the order given, descriptor first. Item files are loaded in parallel on the
     * context's executor, so loaders are called from several threads at once.
     *
     * @param entries the files, sorted by path
     * @param context the loaders and limits
     * @return everything loaded, with a diagnostic for each file that failed
     */
    public static LoadedContent load(List<Entry> entries, SourceContext context) {
        var content = LoadedContent.builder();
        var items = new ArrayList<Entry>();
        Locale defaultLocale = FALLBACK_LOCALE;
        for (Entry entry : entries) {
            if (isDescriptor(entry.path())) {
                LoadedContent descriptor = loadOne(entry, context, FALLBACK_LOCALE);
                Optional<ToolkitInfo> info = descriptor.info();
                if (info.isPresent()) {
                    defaultLocale = info.get().defaultLocale();
                }
                content.add(descriptor);
            } else {
                items.add(entry);
            }
        }
        // Files are independent: read and parse them on the engine's executor, then add them in
        // path order, so the result is the same as one by one.
        Locale itemLocale = defaultLocale;
        items.stream()
                .map(
                        entry ->
                                CompletableFuture.supplyAsync(
                                        () -> loadOne(entry, context, itemLocale),
                                        context.executor()))
                .toList()
                .forEach(loading -> content.add(loading.join()));
        return content.build();
    }

    /**
     * Tells whether a path names the toolkit description.
     *
     * @param path a path relative to the content root
     * @return true for {@code toolkit.yaml}, {@code toolkit.yml} and {@code toolkit.json}
     */
    public static boolean isDescriptor(String path) {
        return path.equals("toolkit.yaml")
                || path.equals("toolkit.yml")
                || path.equals("toolkit.json");
    }

    /**
     * A diagnostic for one file, with no line.
     *
     * @param code the code
     * @param message the message
     * @param path the file
     * @return content holding only that error
     */
    public static LoadedContent fileError(String code, String message, String path) {
        return error(code, message, SourceLocation.of(path));
    }

    /**
     * An error at a place in a file.
     *
     * @param code the code
     * @param message the message
     * @param where the file, line and column
     * @return content holding only that error
     */
    public static LoadedContent error(String code, String message, SourceLocation where) {
        return LoadedContent.failed(List.of(Diagnostic.error(code, message).withLocation(where)));
    }

    /**
     * Tells whether a path lies in a hidden file or folder, one whose name starts with a dot.
     *
     * @param path a path relative to the content root, with {@code /} separators
     * @return true when any of its names starts with a dot
     */
    public static boolean isHidden(String path) {
        for (String name : path.split("/", -1)) {
            if (name.startsWith(".")) {
                return true;
            }
        }
        return false;
    }

    private static LoadedContent loadOne(Entry entry, SourceContext context, Locale defaultLocale) {
        String path = entry.path();
        Optional<ContentLoader> loader = context.loaderFor(path);
        if (loader.isEmpty()) {
            return LoadedContent.failed(
                    List.of(
                            Diagnostic.warning(
                                            ContentDiagnosticCodes.NO_LOADER,
                                            "no loader takes this kind of file (loaders take "
                                                    + context.extensions()
                                                    + "); it is ignored")
                                    .withLocation(SourceLocation.of(path))));
        }
        byte[] bytes;
        try (InputStream in = entry.opener().open()) {
            bytes =
                    in.readNBytes(
                            (int) Math.min(Integer.MAX_VALUE - 8, context.maxFileBytes() + 1));
        } catch (IOException | RuntimeException e) {
            return fileError(
                    ContentDiagnosticCodes.UNREADABLE_FILE, "could not be read: " + e, path);
        }
        if (bytes.length > context.maxFileBytes()) {
            return fileError(
                    ContentDiagnosticCodes.FILE_TOO_LARGE,
                    "is larger than the limit of "
                            + context.maxFileBytes()
                            + " bytes; it is ignored",
                    path);
        }
        try {
            return loader.get().load(path, bytes, defaultLocale);
        } catch (RuntimeException | StackOverflowError e) {
            return fileError(
                    ContentDiagnosticCodes.LOADER_FAILED,
                    "the loader " + loader.get().getClass().getName() + " failed: " + e,
                    path);
        }
    }
}
