package org.artofthepossible.toolkit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.CodeSource;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;

/**
 * What each file of an export is rendered from, as a key: equal keys render equal bytes, so a file
 * whose key the previous export recorded need not be rendered again.
 *
 * <p>A key covers the view's {@linkplain Toolkit#version(View) version} in the snapshot, the
 * format, the export's settings (theme, locale, base URL and so on) and the code that renders: the
 * jar or class folder of each class given, by its files' paths, sizes and modification times, so
 * that a rebuilt renderer renders everything again. Code whose location is unknown gives keys no
 * later export will match.
 */
final class RenderKeys {
    private final Toolkit toolkit;
    private final String settings;

    /**
     * Keys for one export.
     *
     * @param toolkit the snapshot being exported
     * @param settings everything else the pages depend on, each by its string form
     * @param code classes of the code that renders, one per jar or class folder is enough
     */
    RenderKeys(Toolkit toolkit, List<?> settings, Set<Class<?>> code) {
        this.toolkit = toolkit;
        var stamp = new StringBuilder();
        settings.forEach(s -> stamp.append(s).append('\n'));
        var locations = new TreeSet<String>();
        code.forEach(c -> locations.add(location(c)));
        locations.forEach(l -> stamp.append(l).append('\n'));
        this.settings = stamp.toString();
    }

    /**
     * The key of a view's file in one format.
     *
     * @param view the view
     * @param format the format, such as {@code html}
     * @return 64 hexadecimal digits
     */
    String of(View view, String format) {
        return sha256((settings + format + '\n' + toolkit.version(view)).getBytes(UTF_8));
    }

    /** Where a class was loaded from, with the paths, sizes and times of what is there. */
    private static String location(Class<?> type) {
        CodeSource source = type.getProtectionDomain().getCodeSource();
        if (source == null || source.getLocation() == null) {
            return "unknown " + UUID.randomUUID();
        }
        try {
            return stamp(Path.of(source.getLocation().toURI()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return "unknown " + UUID.randomUUID(); // not a file, such as a jrt: or nested jar
        }
    }

    /**
     * A jar or class folder by the paths, sizes and modification times of its files: a rebuild
     * changes it.
     *
     * @param path the jar or folder
     * @return its stamp; one no other call returns when it cannot be read
     */
    static String stamp(Path path) {
        if (!Files.exists(path)) {
            return path + " missing";
        }
        try {
            var stamp = new StringBuilder(path.toString());
            try (Stream<Path> files = Files.walk(path)) {
                for (Path file : files.sorted().toList()) {
                    BasicFileAttributes a =
                            Files.readAttributes(
                                    file, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile()) {
                        stamp.append(' ')
                                .append(path.relativize(file))
                                .append(':')
                                .append(a.size())
                                .append(':')
                                .append(a.lastModifiedTime().toMillis());
                    }
                }
            }
            return stamp.toString();
        } catch (IOException e) {
            return "unreadable " + UUID.randomUUID();
        }
    }

    /**
     * The SHA-256 digest of some bytes.
     *
     * @param bytes the bytes
     * @return 64 hexadecimal digits
     */
    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform has SHA-256", e);
        }
    }
}
