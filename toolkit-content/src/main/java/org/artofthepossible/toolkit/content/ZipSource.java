package org.artofthepossible.toolkit.content;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.artofthepossible.toolkit.content.internal.ContentFiles;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;

/**
 * Content read from a zip file whose top level is the content root ({@code toolkit.yaml}, {@code
 * case-studies/}, ...). Each entry is handled as {@link DirectorySource} handles a file.
 *
 * <p>Entries whose names are absolute, contain a {@code ..} segment or a backslash are refused with
 * {@code path-escapes-root} and skipped; every entry is read only up to the file size limit,
 * whatever size the zip declares. The whole zip is bounded too: by default at most {@value
 * #DEFAULT_MAX_ENTRIES} entries (a zip with more loads nothing) and {@value #DEFAULT_MAX_TOTAL_MIB}
 * MiB of uncompressed bytes (files past that are skipped with {@code zip-too-large}), so a small,
 * highly compressed zip can never cost more than that much memory.
 */
public final class ZipSource implements ContentSource {
    /** The most entries a zip may hold, unless set with {@link #withLimits}. */
    public static final int DEFAULT_MAX_ENTRIES = 10_000;

    /** The most uncompressed MiB read from a zip, unless set with {@link #withLimits}. */
    public static final int DEFAULT_MAX_TOTAL_MIB = 256;

    private final Path zip;
    private final int maxEntries;
    private final long maxTotalBytes;

    private ZipSource(Path zip, int maxEntries, long maxTotalBytes) {
        this.zip = zip.toAbsolutePath().normalize();
        this.maxEntries = maxEntries;
        this.maxTotalBytes = maxTotalBytes;
    }

    /**
     * Creates a source for a zip file. The file is read on each load, not now.
     *
     * @param zip the zip file
     * @return the source
     */
    public static ZipSource of(Path zip) {
        return new ZipSource(zip, DEFAULT_MAX_ENTRIES, DEFAULT_MAX_TOTAL_MIB * 1024L * 1024L);
    }

    /**
     * Returns a source for the same zip with other limits.
     *
     * @param maxEntries the most entries, files and folders, the zip may hold
     * @param maxTotalBytes the most uncompressed bytes read from all its files together
     * @return the source
     * @throws IllegalArgumentException when a limit is not positive
     */
    public ZipSource withLimits(int maxEntries, long maxTotalBytes) {
        if (maxEntries <= 0 || maxTotalBytes <= 0) {
            throw new IllegalArgumentException(
                    "zip limits must be positive, not " + maxEntries + " and " + maxTotalBytes);
        }
        return new ZipSource(zip, maxEntries, maxTotalBytes);
    }

    @Override
    public String name() {
        return "zip " + zip;
    }

    @Override
    public LoadedContent load(SourceContext context) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            if (file.size() > maxEntries) {
                return ContentFiles.fileError(
                        DiagnosticCodes.ZIP_TOO_LARGE,
                        "holds "
                                + file.size()
                                + " entries, more than the limit of "
                                + maxEntries
                                + "; nothing in it is loaded",
                        zip.toString());
            }
            var entries = new ArrayList<ContentFiles.Entry>();
            var refused = LoadedContent.builder();
            List<? extends ZipEntry> all =
                    file.stream()
                            .filter(e -> !e.isDirectory())
                            // The description first: the byte budget must never cost it.
                            .sorted(
                                    Comparator.comparing(
                                                    (ZipEntry e) ->
                                                            !ContentFile.isToolkitDescription(
                                                                    e.getName()))
                                            .thenComparing(ZipEntry::getName))
                            .toList();
            long budget = maxTotalBytes;
            for (int i = 0; i < all.size(); i++) {
                ZipEntry entry = all.get(i);
                String name = entry.getName();
                if (budget < 0) {
                    refused.add(
                            ContentFiles.fileError(
                                    DiagnosticCodes.ZIP_TOO_LARGE,
                                    "the zip's files add up to more than "
                                            + maxTotalBytes
                                            + " uncompressed bytes; this file and the "
                                            + (all.size() - i - 1)
                                            + " after it are skipped",
                                    name));
                    break;
                }
                if (escapes(name)) {
                    refused.add(outsideTheRoot(name));
                } else if (!ContentFiles.isHidden(name)) {
                    // Read now, in path order, so the byte budget is spent the same way each time.
                    byte[] bytes;
                    try (InputStream in = file.getInputStream(entry)) {
                        bytes =
                                in.readNBytes(
                                        (int) Math.min(budget + 1, context.maxFileBytes() + 1));
                    }
                    budget -= bytes.length;
                    if (budget >= 0) {
                        entries.add(
                                new ContentFiles.Entry(
                                        name, () -> new ByteArrayInputStream(bytes)));
                    } else {
                        i--; // report this file as the first one skipped
                    }
                }
            }
            return refused.add(ContentFiles.load(entries, context)).build();
        } catch (IOException | RuntimeException e) {
            return ContentFiles.fileError(
                    DiagnosticCodes.UNREADABLE_FILE,
                    "could not open the zip file: " + e,
                    zip.toString());
        }
    }

    /** The refusal of an entry whose name {@linkplain #escapes escapes} the content root. */
    static LoadedContent outsideTheRoot(String name) {
        return ContentFiles.fileError(
                DiagnosticCodes.PATH_ESCAPES_ROOT,
                "names a place outside the content root; it is ignored",
                name);
    }

    /** Whether an entry's name is absolute, holds a {@code ..} segment, a backslash or a colon. */
    static boolean escapes(String name) {
        if (name.startsWith("/") || name.contains("\\") || name.contains(":")) {
            return true;
        }
        for (String segment : name.split("/", -1)) {
            if (segment.equals("..")) {
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
