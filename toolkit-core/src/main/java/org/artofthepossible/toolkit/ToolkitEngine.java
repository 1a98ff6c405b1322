package org.artofthepossible.toolkit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.stats.CacheStats;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.artofthepossible.toolkit.internal.ContentPaths;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.ContentLoader;
import org.artofthepossible.toolkit.spi.ContentLoaderProvider;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererContext;
import org.artofthepossible.toolkit.spi.RendererProvider;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.spi.ValidationRuleProvider;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * The runtime: loads content from its sources, holds the current {@link Toolkit} snapshot, renders
 * views through a size-bounded cache, and reloads atomically.
 *
 * <pre>{@code
 * ToolkitEngine engine = ToolkitEngine.builder().source(source).build();
 * Rendered page = engine.render(View.item("plymouth-alliance"), "html", RenderOptions.defaults());
 * }</pre>
 *
 * <p>Loading reports every problem at once. Items with errors are kept out and the rest is served,
 * unless the engine is {@link Builder#strict strict}, when {@link Builder#build()} throws instead.
 * A {@link #reload()} whose content has any error is not applied: the last good snapshot stays in
 * service. Every method is safe to call from many threads.
 */
public final class ToolkitEngine {
    private static final System.Logger LOG = System.getLogger(ToolkitEngine.class.getName());

    /** Default render cache size: 32 MiB. */
    public static final long DEFAULT_CACHE_BYTES = 32L << 20;

    /** Default largest content file: 1 MiB. */
    public static final long DEFAULT_MAX_FILE_BYTES = 1L << 20;

    private static final int ENTRY_OVERHEAD_BYTES = 96;

    private record State(Toolkit toolkit, List<Diagnostic> diagnostics) {}

    /**
     * A cache key. Its hash and equality are written out: a record's generated ones go through
     * method handles shared by every record, whose call sites the JIT sees as megamorphic, and on a
     * cache hit hashing the key was most of the time spent.
     */
    private record RenderKey(String version, View view, String format, RenderOptions options) {
        @Override
        public int hashCode() {
            int hash = version.hashCode();
            hash = 31 * hash + view.hashCode();
            hash = 31 * hash + format.hashCode();
            return 31 * hash + options.hashCode();
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof RenderKey key
                    && version.equals(key.version)
                    && view.equals(key.view)
                    && format.equals(key.format)
                    && options.equals(key.options);
        }
    }

    private final List<ContentSource> sources;
    private final PluginRegistry plugins;
    private final boolean strict;
    private final long maxFileBytes;
    private final Executor executor;
    private final Clock clock;
    private final long cacheBytes;
    private final Cache<RenderKey, Rendered> cache;
    private final Map<String, InUse> renderers = new ConcurrentHashMap<>();
    private final Map<ContentLoaderProvider, ContentLoader> loaders = new ConcurrentHashMap<>();
    private final AtomicReference<State> state = new AtomicReference<>();
    private final List<EngineListener> listeners;

    private ToolkitEngine(Builder builder) {
        this.listeners = List.copyOf(builder.listeners);
        this.sources = List.copyOf(builder.sources);
        this.strict = builder.strict;
        this.maxFileBytes = builder.maxFileBytes;
        this.executor = builder.executor;
        this.clock = builder.clock;
        this.cacheBytes = builder.cacheBytes;
        this.plugins = builder.plugins.build();
        var cacheBuilder =
                Caffeine.newBuilder().maximumWeight(cacheBytes).weigher(ToolkitEngine::weigh);
        this.cache = (builder.recordCacheStats ? cacheBuilder.recordStats() : cacheBuilder).build();
        LoadResult first = load();
        if (strict && first.hasErrors()) {
            throw new ContentLoadException(
                    "content has " + first.errors().size() + " error(s) and the engine is strict:",
                    first.errors());
        }
        state.set(new State(first.toolkit(), first.diagnostics()));
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns the snapshot in service now. Keep the returned value for a consistent view across
     * several queries; a reload does not change it.
     *
     * @return the current snapshot
     */
    public Toolkit toolkit() {
        return state.get().toolkit();
    }

    /**
     * Returns the diagnostics of the load that produced the snapshot in service.
     *
     * @return every problem, warnings included
     */
    public List<Diagnostic> diagnostics() {
        return state.get().diagnostics();
    }

    /**
     * Returns the plugins in use and any discovery problems.
     *
     * @return the registry
     */
    public PluginRegistry plugins() {
        return plugins;
    }

    /**
     * Loads the content again from every source. When the new content has no errors it replaces the
     * snapshot in service atomically: a render running meanwhile finishes on the snapshot it
     * started with. When it has errors, nothing changes and the diagnostics say why.
     *
     * <p>What the new snapshot renders as the old one did stays in the render cache: every render
     * when the content is unchanged, and otherwise the renders of each item whose {@linkplain
     * Toolkit#version(View) view's version} is unchanged (an edit to one item's body leaves the
     * other items' pages cached). Lists and the other views are rendered again on their next
     * request.
     *
     * @return whether the new content was applied, the snapshot in service, and the diagnostics
     */
    public synchronized ReloadResult reload() {
        long start = System.nanoTime();
        LoadResult loaded = load();
        ReloadResult result;
        if (loaded.hasErrors()) {
            result = new ReloadResult(false, toolkit(), loaded.diagnostics());
        } else {
            Toolkit before = toolkit();
            state.set(new State(loaded.toolkit(), loaded.diagnostics()));
            keepUnchangedRenders(before, loaded.toolkit());
            result = new ReloadResult(true, loaded.toolkit(), loaded.diagnostics());
        }
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        tell(listener -> listener.reloaded(result, took));
        return result;
    }

    /**
     * Carries the renders of the snapshot that was in service over to the one that replaced it,
     * where they render the same: all of them when the content version did not change, and the
     * views of items whose {@linkplain Toolkit#version(View) own version} did not. Every other
     * entry could never be hit again, and is dropped now rather than left to eviction.
     */
    private void keepUnchangedRenders(Toolkit before, Toolkit after) {
        String old = before.version();
        String now = after.version();
        if (old.equals(now)) {
            return; // the same content: every key still holds
        }
        Map<RenderKey, Rendered> kept = new HashMap<>();
        cache.asMap()
                .forEach(
                        (key, rendered) -> {
                            if (key.version.equals(old)
                                    && key.view instanceof View.ItemView
                                    && before.version(key.view).equals(after.version(key.view))) {
                                kept.put(
                                        new RenderKey(now, key.view, key.format, key.options),
                                        new Rendered(
                                                rendered.format(),
                                                rendered.mediaType(),
                                                rendered.content(),
                                                now));
                            }
                        });
        cache.invalidateAll();
        cache.putAll(kept);
    }

    private void tell(Consumer<EngineListener> event) {
        for (EngineListener listener : listeners) {
            try {
                event.accept(listener);
            } catch (RuntimeException e) {
                LOG.log(
                        System.Logger.Level.WARNING,
                        "the engine listener " + listener.getClass().getName() + " failed",
                        e);
            }
        }
    }

    /**
     * Renders a view of the snapshot in service, through the cache.
     *
     * @param view what to render
     * @param format the renderer's format, for example {@code html}
     * @param options locale, mode, theme and links
     * @return the rendered view
     * @throws PluginException when no renderer, or more than one, provides the format
     * @throws UnsupportedViewException when the renderer does not render this kind of view
     * @throws ItemNotFoundException when the view names an item the snapshot lacks
     * @throws ToolkitException when the renderer fails
     * @see #render(Toolkit, View, String, RenderOptions)
     */
    public Rendered render(View view, String format, RenderOptions options) {
        return render(toolkit(), view, format, options);
    }

    /**
     * Renders a view of a snapshot the caller holds, through the cache. A request that looks the
     * view up, renders it and works out an ETag uses one snapshot for all three, so a reload
     * between them cannot make them disagree:
     *
     * <pre>{@code
     * Toolkit snapshot = engine.toolkit();
     * Rendered page = engine.render(snapshot, View.item("plymouth-alliance"), "html", options);
     * String etag = snapshot.version();
     * }</pre>
     *
     * @param toolkit the snapshot, from {@link #toolkit()} or a {@link ReloadResult}
     * @param view what to render
     * @param format the renderer's format, for example {@code html}
     * @param options locale, mode, theme and links
     * @return the rendered view
     * @throws PluginException when no renderer, or more than one, provides the format
     * @throws UnsupportedViewException when the renderer does not render this kind of view
     * @throws ItemNotFoundException when the view names an item the snapshot lacks
     * @throws IllegalArgumentException when the view holds search results of another snapshot
     * @throws ToolkitException when the renderer fails
     */
    public Rendered render(Toolkit toolkit, View view, String format, RenderOptions options) {
        Objects.requireNonNull(toolkit, "toolkit");
        Objects.requireNonNull(view, "view");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(options, "options");
        if (listeners.isEmpty()) {
            return renderThroughCache(toolkit, view, format, options);
        }
        long start = System.nanoTime();
        Rendered rendered = renderThroughCache(toolkit, view, format, options);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        tell(listener -> listener.rendered(view, format, took));
        return rendered;
    }

    private Rendered renderThroughCache(
            Toolkit toolkit, View view, String format, RenderOptions options) {
        if (view instanceof View.SearchView search) {
            if (!search.results().version().equals(toolkit.version())) {
                throw new IllegalArgumentException(
                        "these search results were found in content version "
                                + search.results().version()
                                + ", not in the snapshot given ("
                                + toolkit.version()
                                + "): search the snapshot you render with");
            }
            // Each search is its own: caching its page would only push pages out of the cache.
            return renderUncached(view, format, toolkit, options);
        }
        if (view instanceof View.QuestionFormView || view instanceof View.QuestionReceivedView) {
            // Each visitor's form carries its own token and input, each confirmation its own
            // reference: pages of one, never to be served to another.
            return renderUncached(view, format, toolkit, options);
        }
        if (cacheBytes == 0) {
            // A cache of size 0 still holds an entry until its eviction runs; bypass it.
            return renderUncached(view, format, toolkit, options);
        }
        var key = new RenderKey(toolkit.version(), view, format, options);
        // Only successful renders are cached, so a hit needs neither the renderer nor its checks.
        // Two threads missing the same key at once both render it; the cache keeps one result.
        Rendered hit = cache.getIfPresent(key);
        if (hit != null) {
            return hit;
        }
        Rendered rendered = renderUncached(view, format, toolkit, options);
        cache.put(key, rendered);
        return rendered;
    }

    /**
     * Renders a view with {@link RenderOptions#defaults()}.
     *
     * @param view what to render
     * @param format the renderer's format
     * @return the rendered view
     * @see #render(View, String, RenderOptions)
     */
    public Rendered render(View view, String format) {
        return render(view, format, RenderOptions.defaults());
    }

    /**
     * Returns the render cache's statistics. Hits, misses and evictions are counted only when the
     * engine was built with {@link Builder#recordCacheStats()}; otherwise they are 0.
     *
     * @return hits, misses, evictions and size
     */
    public RenderCacheStats cacheStats() {
        // Caffeine applies writes to its size bookkeeping in the background; catch up first.
        cache.cleanUp();
        CacheStats stats = cache.stats();
        long weight = cache.policy().eviction().map(e -> e.weightedSize().orElse(0)).orElse(0L);
        return new RenderCacheStats(
                stats.hitCount(),
                stats.missCount(),
                stats.evictionCount(),
                cache.estimatedSize(),
                weight,
                cacheBytes);
    }

    private Rendered renderUncached(
            View view, String format, Toolkit toolkit, RenderOptions options) {
        InUse inUse = renderer(format);
        if (!inUse.views().contains(view.kind())) {
            throw new UnsupportedViewException(format, view, inUse.views());
        }
        if (view instanceof View.ItemView item) {
            toolkit.requireItem(item.id(), options.locale());
        }
        Renderer renderer = inUse.renderer();
        String content;
        try {
            content = renderer.render(view, toolkit, options);
        } catch (ItemNotFoundException e) {
            throw e; // a related item or menu entry the renderer looked up: still not found
        } catch (RuntimeException e) {
            // Say which format and view failed; the renderer's own message says why.
            throw new ToolkitException(
                    "the '"
                            + format
                            + "' renderer could not render "
                            + view
                            + ": "
                            + e.getMessage(),
                    e);
        }
        if (content.isEmpty()) {
            throw new ToolkitException(
                    "the '"
                            + format
                            + "' renderer ("
                            + renderer.getClass().getName()
                            + ") returned nothing for "
                            + view);
        }
        return new Rendered(format, renderer.mediaType(), content, toolkit.version());
    }

    /** A renderer with the kinds of view it supports, asked once. */
    private record InUse(Renderer renderer, Set<View.Kind> views) {}

    private InUse renderer(String format) {
        InUse existing = renderers.get(format);
        if (existing != null) {
            return existing;
        }
        RendererProvider provider = plugins.renderer(format);
        Renderer created;
        Set<View.Kind> views;
        try {
            created =
                    Objects.requireNonNull(
                            provider.create(new EngineRendererContext()), "create() returned null");
            views = Set.copyOf(created.supportedViews());
        } catch (PluginException e) {
            throw e; // another format it asked for is missing or ambiguous: already explained
        } catch (RuntimeException | LinkageError e) {
            throw pluginFailed("renderer", provider, "create() or supportedViews()", e.toString());
        }
        if (views.isEmpty()) {
            throw pluginFailed("renderer", provider, "supportedViews()", "it renders no view");
        }
        InUse inUse = new InUse(created, EnumSet.copyOf(views));
        InUse raced = renderers.putIfAbsent(format, inUse);
        return raced != null ? raced : inUse;
    }

    /** A provider failed when first used: reported where plugins' problems are, and thrown. */
    private PluginException pluginFailed(String kind, Object provider, String method, String why) {
        String problem =
                "the "
                        + kind
                        + " provider "
                        + provider.getClass().getName()
                        + " failed in "
                        + method
                        + ": "
                        + why;
        plugins.reportFailure(problem);
        return new PluginException(problem);
    }

    private LoadResult load() {
        var merged = LoadedContent.builder();
        EngineSourceContext context = new EngineSourceContext();
        var loaded = new ArrayList<LoadedContent>();
        var undescribed = new ArrayList<Boolean>();
        for (ContentSource source : sources) {
            loaded.add(loadSource(source, context));
            undescribed.add(context.declaredLocale.get().isEmpty());
        }
        // A source read before any toolkit description (which a later source holds) gave its
        // items the fallback locale: read it again now that the default locale is known.
        Locale declared = context.defaultLocale();
        for (int i = 0; i < sources.size(); i++) {
            if (undescribed.get(i) && !declared.equals(Locale.ENGLISH)) {
                loaded.set(i, loadSource(sources.get(i), context));
            }
        }
        loaded.forEach(merged::add);
        var rules = new ArrayList<Validation.NamedRule>();
        for (ValidationRuleProvider provider : plugins.rules()) {
            try {
                rules.add(new Validation.NamedRule(provider.id(), provider.create()));
            } catch (RuntimeException e) {
                merged.diagnostic(
                        Diagnostic.error(
                                DiagnosticCodes.RULE_FAILED,
                                "validation rule '"
                                        + provider.id()
                                        + "' could not be created: "
                                        + e));
            }
        }
        return Validation.validate(merged.build(), rules, clock);
    }

    private static LoadedContent loadSource(ContentSource source, SourceContext context) {
        try {
            return Objects.requireNonNull(source.load(context), "load returned null");
        } catch (RuntimeException | StackOverflowError e) {
            return LoadedContent.failed(
                    List.of(
                            Diagnostic.error(
                                    DiagnosticCodes.SOURCE_FAILED,
                                    "content source '" + source.name() + "' failed: " + e)));
        }
    }

    private static int weigh(RenderKey key, Rendered value) {
        long bytes = 2L * value.content().length() + ENTRY_OVERHEAD_BYTES;
        return (int) Math.min(Integer.MAX_VALUE, bytes);
    }

    /** Other formats and the engine's discovery, for a renderer being created. */
    private final class EngineRendererContext implements RendererContext {
        @Override
        public Optional<Renderer> renderer(String format) {
            return plugins.formats().contains(format)
                    ? Optional.of(ToolkitEngine.this.renderer(format).renderer())
                    : Optional.empty();
        }

        @Override
        public <S> List<S> discover(Class<S> service) {
            return plugins.discover(service);
        }
    }

    /**
     * Reads a stream to its end or to {@code limit} bytes. A file's stream tells its size: the file
     * is read into one array of that size, where reading in blocks allocated 8 kB and then a copy
     * for every file.
     */
    static byte[] readAtMost(InputStream in, int limit) throws IOException {
        byte[] told = new byte[Math.min(limit, Math.max(0, in.available()))];
        int read = in.readNBytes(told, 0, told.length);
        if (read < told.length) {
            return Arrays.copyOf(told, read);
        }
        int next = read == limit ? -1 : in.read();
        if (next < 0) {
            return told;
        }
        byte[] rest = in.readNBytes(limit - read - 1);
        byte[] all = Arrays.copyOf(told, read + 1 + rest.length);
        all[read] = (byte) next;
        System.arraycopy(rest, 0, all, read + 1, rest.length);
        return all;
    }

    /**
     * Loads files for the sources of one load: picks the loader, reads within the limit, works out
     * what the file holds, and keeps the default locale the first toolkit description declares.
     */
    private final class EngineSourceContext implements SourceContext {
        private final AtomicReference<Optional<Locale>> declaredLocale =
                new AtomicReference<>(Optional.empty());

        @Override
        public LoadedContent load(String path, Opener opener) {
            Optional<ContentLoader> loader = loaderFor(path);
            if (loader.isEmpty()) {
                return failed(
                        Diagnostic.warning(
                                DiagnosticCodes.NO_LOADER,
                                "no loader takes this kind of file (loaders take "
                                        + extensions()
                                        + "); it is ignored"),
                        path);
            }
            byte[] bytes;
            try (InputStream in = opener.open()) {
                bytes = readAtMost(in, (int) Math.min(Integer.MAX_VALUE - 8, maxFileBytes + 1));
            } catch (IOException | RuntimeException e) {
                return failed(
                        Diagnostic.error(
                                DiagnosticCodes.UNREADABLE_FILE, "could not be read: " + e),
                        path);
            }
            if (bytes.length > maxFileBytes) {
                return failed(
                        Diagnostic.error(
                                DiagnosticCodes.FILE_TOO_LARGE,
                                "is larger than the limit of "
                                        + maxFileBytes
                                        + " bytes; it is ignored"),
                        path);
            }
            var problems = new ArrayList<Diagnostic>();
            Optional<ContentFile> file =
                    ContentPaths.classify(path, bytes, defaultLocale(), problems);
            if (file.isEmpty()) {
                return LoadedContent.failed(problems);
            }
            LoadedContent loaded;
            try {
                loaded =
                        Objects.requireNonNull(loader.get().load(file.get()), "load returned null");
            } catch (RuntimeException | StackOverflowError e) {
                return failed(
                        Diagnostic.error(
                                DiagnosticCodes.LOADER_FAILED,
                                "the loader "
                                        + loader.get().getClass().getName()
                                        + " failed: "
                                        + e),
                        path);
            }
            if (file.get().isToolkitDescription()) {
                loaded.info()
                        .ifPresent(
                                info ->
                                        declaredLocale.compareAndSet(
                                                Optional.empty(),
                                                Optional.of(info.defaultLocale())));
            }
            return loaded;
        }

        /** The first description's default locale, English until one is read. */
        @Override
        public Locale defaultLocale() {
            return declaredLocale.get().orElse(Locale.ENGLISH);
        }

        private static LoadedContent failed(Diagnostic diagnostic, String path) {
            return LoadedContent.failed(List.of(diagnostic.withLocation(SourceLocation.of(path))));
        }

        private Optional<ContentLoader> loaderFor(String path) {
            int dot = path.lastIndexOf('.');
            if (dot < 0 || dot < path.lastIndexOf('/')) {
                return Optional.empty();
            }
            return plugins.loader(path.substring(dot + 1))
                    .map(provider -> loaders.computeIfAbsent(provider, this::createLoader));
        }

        /**
         * Creates a loader, guarded: one whose {@code create()} fails is reported once and stands
         * in as a loader that fails, so each of its files gets a {@code loader-failed} diagnostic.
         */
        private ContentLoader createLoader(ContentLoaderProvider provider) {
            try {
                return Objects.requireNonNull(
                        provider.create(() -> maxFileBytes), "create() returned null");
            } catch (RuntimeException | LinkageError e) {
                PluginException failure =
                        pluginFailed("content loader", provider, "create()", e.toString());
                return file -> {
                    throw failure;
                };
            }
        }

        @Override
        public Set<String> extensions() {
            return plugins.extensions();
        }

        @Override
        public Executor executor() {
            return executor;
        }

        @Override
        public long maxFileBytes() {
            return maxFileBytes;
        }
    }

    /** Builds a {@link ToolkitEngine}; reusable after {@link #build()}. */
    public static final class Builder {
        private final List<ContentSource> sources = new ArrayList<>();
        private final PluginRegistry.Builder plugins = PluginRegistry.builder();
        private boolean strict;
        private long cacheBytes = DEFAULT_CACHE_BYTES;
        private boolean recordCacheStats;
        private long maxFileBytes = DEFAULT_MAX_FILE_BYTES;
        private Executor executor = ForkJoinPool.commonPool();
        private Clock clock = Clock.systemUTC();
        private final List<EngineListener> listeners = new ArrayList<>();

        private Builder() {}

        /**
         * Adds a content source. Sources are read in the order added; the first that describes the
         * toolkit or declares a menu supplies it, and items of all sources are combined.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(ContentSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Registers a renderer; it wins over discovered renderers of the same format.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalArgumentException when another registered renderer has the same format
         */
        public Builder renderer(RendererProvider provider) {
            plugins.renderer(provider);
            return this;
        }

        /**
         * Registers a content loader; it wins over discovered loaders of the same extensions.
         *
         * @param provider the provider
         * @return this builder
         * @throws IllegalArgumentException when another registered loader takes the same extension
         */
        public Builder loader(ContentLoaderProvider provider) {
            plugins.loader(provider);
            return this;
        }

        /**
         * Registers a validation rule, run after the core rules and the discovered ones.
         *
         * @param provider the provider
         * @return this builder
         */
        public Builder rule(ValidationRuleProvider provider) {
            plugins.rule(provider);
            return this;
        }

        /**
         * Sets the class loader plugins are discovered with (default: the one that loaded this
         * library, never the thread's context loader).
         *
         * @param classLoader the class loader
         * @return this builder
         */
        public Builder classLoader(ClassLoader classLoader) {
            plugins.classLoader(classLoader);
            return this;
        }

        /**
         * Discovers plugins in a module layer instead of through a class loader.
         *
         * @param layer the layer
         * @return this builder
         */
        public Builder moduleLayer(ModuleLayer layer) {
            plugins.moduleLayer(layer);
            return this;
        }

        /**
         * Turns plugin discovery with {@link java.util.ServiceLoader} on (the default) or off.
         *
         * @param discover whether to discover
         * @return this builder
         */
        public Builder discoverPlugins(boolean discover) {
            plugins.discover(discover);
            return this;
        }

        /**
         * Makes the first load fail on any error instead of keeping the erroneous items out.
         *
         * @param value true for strict
         * @return this builder
         */
        public Builder strict(boolean value) {
            this.strict = value;
            return this;
        }

        /**
         * Bounds the render cache by the estimated size of what it holds (default {@value
         * #DEFAULT_CACHE_BYTES} bytes); 0 turns caching off.
         *
         * @param bytes the limit
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder cacheBytes(long bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("cache size must not be negative: " + bytes);
            }
            this.cacheBytes = bytes;
            return this;
        }

        /**
         * Counts the render cache's hits, misses and evictions, for {@link #cacheStats()}. Off by
         * default: counting is an atomic update on every render, which took about a third of the
         * time of a cache hit.
         *
         * @return this builder
         */
        public Builder recordCacheStats() {
            this.recordCacheStats = true;
            return this;
        }

        /**
         * Sets the largest content file sources read (default {@value #DEFAULT_MAX_FILE_BYTES}
         * bytes); larger files are reported and skipped.
         *
         * @param bytes the limit
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maxFileBytes(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("file size limit must be positive: " + bytes);
            }
            this.maxFileBytes = bytes;
            return this;
        }

        /**
         * Sets where sources read and parse files in parallel (default: the common fork-join pool).
         * Give an application's own pool to keep loading off the common one, or {@code
         * Runnable::run} to load on the calling thread alone.
         *
         * @param value the executor
         * @return this builder
         */
        public Builder executor(Executor value) {
            this.executor = Objects.requireNonNull(value, "executor");
            return this;
        }

        /**
         * Sets the clock validation reads today's date from, for dates in the future (default: the
         * system clock, in UTC). Tests give a fixed clock.
         *
         * @param value the clock
         * @return this builder
         */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /**
         * Adds a listener told of every render and reload, for metrics.
         *
         * @param listener the listener
         * @return this builder
         */
        public Builder listener(EngineListener listener) {
            listeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Discovers plugins and loads the content.
         *
         * @return the engine, serving the loaded content
         * @throws IllegalStateException when no source was added
         * @throws ContentLoadException when the engine is strict and the content has errors
         */
        public ToolkitEngine build() {
            if (sources.isEmpty()) {
                throw new IllegalStateException(
                        "no content source: add one with ToolkitEngine.builder().source(...)");
            }
            return new ToolkitEngine(this);
        }
    }
}
