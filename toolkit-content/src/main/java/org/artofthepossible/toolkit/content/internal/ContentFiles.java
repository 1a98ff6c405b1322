package org.artofthepossible.toolkit.content.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
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
     * context's executor and the calling thread, so loaders are called from several threads at
     * once.
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
        // path order, so the result is the same as one by one. Handed to the executor itself:
        // CompletableFuture would start a thread per file where the common pool has one thread.
        // This thread loads too, rather than wait: from the last file back, it runs each task the
        // executor has not started (a FutureTask runs once, whoever gets to it first), so the
        // common pool's one thread on two cores is not the only one loading. Going the other way
        // from the executor, it meets it in the middle instead of waiting on the file it runs.
        var loading = new ArrayList<FutureTask<LoadedContent>>(items.size());
        for (Entry entry : items) {
            var task = new FutureTask<>(() -> context.load(entry.path(), entry.opener()));
            context.executor().execute(task);
            loading.add(task);
        }
        for (int i = loading.size() - 1; i >= 0; i--) {
            loading.get(i).run();
        }
        for (FutureTask<LoadedContent> task : loading) {
            content.add(result(task));
        }
        return content.build();
    }

    private static LoadedContent result(FutureTask<LoadedContent> task) {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the files are loading already: finish, then say so
                }
            }
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            if (e.getCause() instanceof Error error) {
                throw error;
            }
            throw new IllegalStateException(e.getCause());
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
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
