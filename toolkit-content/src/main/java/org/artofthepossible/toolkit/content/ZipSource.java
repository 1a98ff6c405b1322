package org.artofthepossible.toolkit.content;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.artofthepossible.toolkit.content.internal.ContentFiles;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;

/**
 * Content read from a zip file whose top level is the content root ({@code toolkit.yaml}, {@code
 * case-studies/}, ...). Each entry is handled as {@link DirectorySource} handles a file.
 *
 * <p>Entries whose names are absolute, contain a {@code ..} segment or a backslash are refused with
 * {@code path-escapes-root} and skipped; every entry is read only up to the file size limit,
 * whatever size the zip declares, so a zip bomb costs no more than one file's limit per entry.
 */
public final class ZipSource implements ContentSource {
    private final Path zip;

    private ZipSource(Path zip) {
        this.zip = zip.toAbsolutePath().normalize();
    }

    /**
     * Creates a source for a zip file. The file is read on each load, not now.
     *
     * @param zip the zip file
     * @return the source
     */
    public static ZipSource of(Path zip) {
        return new ZipSource(zip);
    }

    @Override
    public String name() {
        return "zip " + zip;
    }

    @Override
    public LoadedContent load(SourceContext context) {
        try (ZipFile file = new ZipFile(zip.toFile())) {
            var entries = new ArrayList<ContentFiles.Entry>();
            var refused = LoadedContent.builder();
            List<? extends ZipEntry> all =
                    file.stream()
                            .filter(e -> !e.isDirectory())
                            .sorted(Comparator.comparing(ZipEntry::getName))
                            .toList();
            for (ZipEntry entry : all) {
                String name = entry.getName();
                if (escapes(name)) {
                    refused.add(
                            ContentFiles.fileError(
                                    ContentDiagnosticCodes.PATH_ESCAPES_ROOT,
                                    "names a place outside the content root; it is ignored",
                                    name));
                } else if (!ContentFiles.isHidden(name)) {
                    entries.add(new ContentFiles.Entry(name, () -> file.getInputStream(entry)));
                }
            }
            // Loading reads the entries, so it must finish before the zip file closes.
            return refused.add(ContentFiles.load(entries, context)).build();
        } catch (IOException | RuntimeException e) {
            return ContentFiles.fileError(
                    ContentDiagnosticCodes.UNREADABLE_FILE,
                    "could not open the zip file: " + e,
                    zip.toString());
        }
    }

    private static boolean escapes(String name) {
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
