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
 * least 1000 times the throughput) and against a bare Caffeine {@code get} of one key (target: at
 * least half its throughput).
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
    private Cache<View, String> caffeine;

    @Setup
    public void setUp() {
        cached = ToolkitEngine.builder().source(BundledToolkit.source()).build();
        uncached = ToolkitEngine.builder().source(BundledToolkit.source()).cacheBytes(0).build();
        caffeine = Caffeine.newBuilder().maximumSize(100).build();
        String page = cached.render(STUDY, "html", PAGE).content();
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
        return caffeine.getIfPresent(STUDY);
    }
}
