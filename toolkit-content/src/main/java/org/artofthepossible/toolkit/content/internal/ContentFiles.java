package org.artofthepossible.toolkit.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * What every file-based source shares: the toolkit description ({@code toolkit.EXT} at the root) is
 * loaded first, so that its default locale applies to the items, then the items in parallel, each
 * through {@link SourceContext#load}.
 */
public final class ContentFiles {
    /**
     * One file a source found.
     *
     * @param path the path relative to the content root, with {@code /} separators
     * @param opener how to read it
     */
    public record Entry(String path, SourceContext.Opener opener) {}

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
        for (Entry entry : entries) {
            if (ContentFile.isToolkitDescription(entry.path())) {
                content.add(context.load(entry.path(), entry.opener()));
            } else {
                items.add(entry);
            }
        }
        // Files are independent: read and parse them on the engine's executor, then add them in
        // path order, so the result is the same as one by one.
        items.stream()
                .map(
                        entry ->
                                CompletableFuture.supplyAsync(
                                        () -> context.load(entry.path(), entry.opener()),
                                        context.executor()))
                .toList()
                .forEach(loading -> content.add(loading.join()));
        return content.build();
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
}
