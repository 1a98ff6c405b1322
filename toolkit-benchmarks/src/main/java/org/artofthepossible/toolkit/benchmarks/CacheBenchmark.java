package org.artofthepossible.toolkit.benchmarks;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A render answered by the engine's cache, against the same render without a cache (target: at
 * least 1000 times the throughput) and against a bare Caffeine {@code get} of the same key: the
 * version, view, format and options the engine keys its cache by, built once and equal to, not the
 * same object as, the key stored (target: at least half its throughput). A bare get keyed by the
 * view alone is reported too.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class CacheBenchmark {
    private static final View STUDY = View.item("plymouth-alliance");
    private static final RenderOptions PAGE =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);

    private ToolkitEngine cached;
    private ToolkitEngine uncached;
    private Cache<Object, String> caffeine;
    private RenderKey key;

    /** The four parts of the engine's cache key, hashed and compared as the engine does. */
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
            return other instanceof RenderKey k
                    && version.equals(k.version)
                    && view.equals(k.view)
                    && format.equals(k.format)
                    && options.equals(k.options);
        }
    }

    @Setup
    public void setUp() {
        cached = ToolkitEngine.builder().source(BundledToolkit.source()).build();
        uncached = ToolkitEngine.builder().source(BundledToolkit.source()).cacheBytes(0).build();
        caffeine = Caffeine.newBuilder().maximumSize(100).build();
        String page = cached.render(STUDY, "html", PAGE).content();
        String version = cached.toolkit().version();
        // Equal, not identical, to the key stored: a lookup compares keys, as the engine's does.
        caffeine.put(new RenderKey(version, STUDY, "html", PAGE), page);
        key = new RenderKey(version, STUDY, "html", PAGE);
        caffeine.put(STUDY, page);
    }

    @Benchmark
    public String engineCacheHit() {
        return cached.render(STUDY, "html", PAGE).content();
    }

    @Benchmark
    public String baselineUncachedRender() {
        return uncached.render(STUDY, "html", PAGE).content();
    }

    @Benchmark
    public String baselineBareCaffeineGet() {
        return caffeine.getIfPresent(key);
    }

    @Benchmark
    public String bareCaffeineGetOfView() {
        return caffeine.getIfPresent(STUDY);
    }
}
