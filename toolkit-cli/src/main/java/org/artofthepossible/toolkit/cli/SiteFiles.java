package org.artofthepossible.toolkit.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * The files of the site an export is writing into its staging folder, from several threads at once,
 * counted for the summary line and listed for the manifest.
 *
 * <p>A file the previous export already holds is not written again. When its key (what it is
 * rendered from) is the one the previous export recorded, and the file is as that export left it,
 * it is not even rendered. Otherwise it is rendered, and a result equal to the previous file's
 * bytes is not written either. Either way the previous file is taken over as it is, keeping its
 * modification time, so tools that copy a site by those times see only what changed.
 *
 * <p>Exporting again into a previous export ({@link SiteFolder#updatable()}), the staging folder
 * receives only the files written, which {@link SiteFolder#update} then moves into the site; files
 * taken over stay where they are. Otherwise the staging folder becomes the whole new site, and a
 * file taken over is hard-linked into it (copied with its attributes where the file system has no
 * hard links).
 */
final class SiteFiles {
    private final Staging staging;
    private final SiteFolder folder;
    private final Map<String, SiteFolder.Entry> entries = new ConcurrentHashMap<>();
    private final AtomicInteger pages = new AtomicInteger();
    private final AtomicLong bytes = new AtomicLong();
    private final Set<String> writtenPaths = ConcurrentHashMap.newKeySet();

    /** Whether the site is updated where it is, rather than built whole in the staging folder. */
    private final boolean inPlace;

    SiteFiles(Staging staging, SiteFolder folder) {
        this.staging = staging;
        this.folder = folder;
        this.inPlace = folder.updatable();
    }

    /**
     * Adds a file that is made anew on every export, such as a stylesheet.
     *
     * @param path the file, relative to the site's root with {@code /} separators
     * @param text its content
     */
    void write(String path, String text) {
        write(path, "", () -> text);
    }

    /**
     * Adds a file rendered from {@code key}, rendering it only when the previous export does not
     * hold it already.
     *
     * @param path the file, relative to the site's root with {@code /} separators
     * @param key what the file is rendered from: equal keys render equal bytes; empty for none
     * @param render renders the file
     */
    void write(String path, String key, Supplier<String> render) {
        try {
            Optional<SiteFolder.Kept> unchanged =
                    key.isEmpty() ? Optional.empty() : folder.unchanged(path, key);
            SiteFolder.Entry entry;
            if (unchanged.isPresent()) {
                entry = takeOver(path, key, unchanged.get());
            } else {
                byte[] content = render.get().getBytes(StandardCharsets.UTF_8);
                Optional<SiteFolder.Kept> same = folder.same(path, content);
                entry =
                        same.isPresent()
                                ? takeOver(path, key, same.get())
                                : writeNew(path, key, content);
            }
            entries.put(path, entry);
            bytes.addAndGet(entry.size());
            if (isPage(path)) {
                pages.incrementAndGet();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private SiteFolder.Entry writeNew(String path, String key, byte[] content) throws IOException {
        var modified = new long[1];
        staging.write(
                root -> {
                    Path file = root.resolve(path);
                    Files.createDirectories(file.getParent());
                    // Never through a link into the live site: every path is written once.
                    Files.write(file, content, StandardOpenOption.CREATE_NEW);
                    modified[0] = Files.getLastModifiedTime(file).toMillis();
                });
        writtenPaths.add(path);
        return new SiteFolder.Entry(key, content.length, modified[0]);
    }

    private SiteFolder.Entry takeOver(String path, String key, SiteFolder.Kept previous)
            throws IOException {
        if (!inPlace) {
            link(path, previous);
        }
        BasicFileAttributes attributes = previous.attributes();
        return new SiteFolder.Entry(
                key, attributes.size(), attributes.lastModifiedTime().toMillis());
    }

    private void link(String path, SiteFolder.Kept previous) throws IOException {
        staging.write(
                root -> {
                    Path file = root.resolve(path);
                    Files.createDirectories(file.getParent());
                    try {
                        Files.createLink(file, previous.file());
                    } catch (UnsupportedOperationException | IOException e) {
                        Files.copy(previous.file(), file, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                });
    }

    /** The files written into the staging folder so far, by path. */
    Set<String> writtenPaths() {
        return writtenPaths;
    }

    /** Every file so far, with what the manifest records of it. */
    Map<String, SiteFolder.Entry> entries() {
        return entries;
    }

    int files() {
        return entries.size();
    }

    int pages() {
        return pages.get();
    }

    /**
     * Whether a file of a site counts as one of its pages in the summary line.
     *
     * @param path the file, relative to the site's root
     * @return whether it is an HTML page
     */
    static boolean isPage(String path) {
        return path.endsWith(".html");
    }

    /** How many files were written, rather than taken over from the previous export. */
    int written() {
        return writtenPaths.size();
    }

    long bytes() {
        return bytes.get();
    }
}
