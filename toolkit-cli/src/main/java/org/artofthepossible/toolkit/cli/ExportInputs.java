package org.artofthepossible.toolkit.cli;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.artofthepossible.toolkit.PluginRegistry;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;

/**
 * Everything an export is made from, as one digest: the bytes of every content file its source
 * hands over, by path; the export's settings; the code on the class and module paths, by its files'
 * paths, sizes and modification times; and the Java version. Two exports of equal digests write the
 * same site, so an export whose digest is the one its folder's manifest recorded, into a folder its
 * last export left as it was, has nothing to do.
 *
 * <p>The digest of an export is taken from the bytes the engine loads, as it loads them ({@link
 * #source()}), so a file edited while the export runs cannot be recorded with another file's
 * content. It exists only when every item came through a file: a source that makes items of its own
 * has content no digest of files covers.
 */
final class ExportInputs {
    private final ContentSource source;
    private final List<?> settings;
    private final Map<String, String> files = new ConcurrentHashMap<>();
    private final AtomicInteger filed = new AtomicInteger();
    private final AtomicBoolean unread = new AtomicBoolean();
    private volatile boolean covered;

    /**
     * Inputs of an export of a source's content.
     *
     * @param source the content
     * @param settings the export's settings, each by its string form
     */
    ExportInputs(ContentSource source, List<?> settings) {
        this.source = source;
        this.settings = List.copyOf(settings);
    }

    /**
     * The source, reading through this record of its files: give it to the engine, then ask for
     * {@link #digest()}.
     *
     * @return a source that loads what the given one loads
     */
    ContentSource source() {
        return new ContentSource() {
            @Override
            public String name() {
                return source.name();
            }

            @Override
            public LoadedContent load(SourceContext context) {
                files.clear();
                filed.set(0);
                unread.set(false);
                LoadedContent loaded = source.load(new Recording(context));
                covered = !unread.get() && loaded.items().size() <= filed.get();
                return loaded;
            }
        };
    }

    /**
     * The digest of what the engine loaded through {@link #source()}.
     *
     * @return 64 hexadecimal digits, or empty when some item came from elsewhere than a file
     */
    Optional<String> digest() {
        return covered ? Optional.of(digestOf(files)) : Optional.empty();
    }

    /**
     * Reads the source's files without loading them, for the digest of an export that would load
     * them now.
     *
     * @return 64 hexadecimal digits, or empty when the source found anything but files to read
     */
    Optional<String> read() {
        var reading = new Reading();
        LoadedContent found = source.load(reading);
        boolean filesAlone =
                !reading.failed.get()
                        && found.items().isEmpty()
                        && found.info().isEmpty()
                        && found.diagnostics().isEmpty();
        return filesAlone ? Optional.of(digestOf(reading.digests)) : Optional.empty();
    }

    private String digestOf(Map<String, String> contents) {
        var all = new StringBuilder("toolkit export inputs 1\n");
        settings.forEach(s -> all.append(s).append('\n'));
        all.append("java ").append(Runtime.version()).append('\n');
        for (String property : List.of("java.class.path", "jdk.module.path")) {
            String paths = System.getProperty(property, "");
            for (String entry : paths.split(File.pathSeparator)) {
                if (!entry.isEmpty()) {
                    all.append(RenderKeys.stamp(Path.of(entry))).append('\n');
                }
            }
        }
        // Sorted once here: a sorted concurrent map had the loading threads compare paths.
        new TreeMap<>(contents)
                .forEach(
                        (path, digest) ->
                                all.append(path).append('\t').append(digest).append('\n'));
        return RenderKeys.sha256(all.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** As the engine reads a file: at most one byte over the limit, which it then refuses. */
    private static byte[] readAtMost(SourceContext.Opener opener, long limit) throws IOException {
        try (InputStream in = opener.open()) {
            return in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limit + 1));
        }
    }

    /** The engine's context, recording each file's bytes on their way to it. */
    private final class Recording implements SourceContext {
        private final SourceContext engine;

        Recording(SourceContext engine) {
            this.engine = engine;
        }

        @Override
        public LoadedContent load(String path, Opener opener) {
            byte[] bytes;
            try {
                bytes = readAtMost(opener, engine.maxFileBytes());
            } catch (IOException | RuntimeException e) {
                unread.set(true); // the engine reports it, from the same failure
                return engine.load(
                        path,
                        () -> {
                            throw e instanceof IOException io ? io : new IOException(e);
                        });
            }
            files.put(path, RenderKeys.sha256(bytes));
            LoadedContent loaded = engine.load(path, bytes);
            filed.addAndGet(loaded.items().size());
            return loaded;
        }

        @Override
        public Locale defaultLocale() {
            return engine.defaultLocale();
        }

        @Override
        public Set<String> extensions() {
            return engine.extensions();
        }

        @Override
        public long maxFileBytes() {
            return engine.maxFileBytes();
        }

        @Override
        public Executor executor() {
            return engine.executor();
        }
    }

    /** A context that reads and digests files and loads none, with the engine's default limits. */
    private static final class Reading implements SourceContext {
        final Map<String, String> digests = new ConcurrentHashMap<>();
        final AtomicBoolean failed = new AtomicBoolean();
        private volatile Set<String> extensions;

        @Override
        public LoadedContent load(String path, Opener opener) {
            try {
                digests.put(
                        path,
                        RenderKeys.sha256(
                                readAtMost(opener, ToolkitEngine.DEFAULT_MAX_FILE_BYTES)));
            } catch (IOException | RuntimeException e) {
                failed.set(true); // a load would report it: no digest
            }
            return LoadedContent.empty();
        }

        @Override
        public Set<String> extensions() {
            Set<String> known = extensions;
            if (known == null) {
                known = PluginRegistry.builder().build().extensions();
                extensions = known;
            }
            return known;
        }

        @Override
        public long maxFileBytes() {
            return ToolkitEngine.DEFAULT_MAX_FILE_BYTES;
        }

        @Override
        public Executor executor() {
            return ForkJoinPool.commonPool();
        }
    }
}
