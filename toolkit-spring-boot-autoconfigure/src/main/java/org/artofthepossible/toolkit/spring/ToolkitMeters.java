package org.artofthepossible.toolkit.spring;

import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Duration;
import java.util.function.Supplier;
import java.util.function.ToDoubleFunction;
import org.artofthepossible.toolkit.EngineListener;
import org.artofthepossible.toolkit.ReloadResult;
import org.artofthepossible.toolkit.RenderCacheStats;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;

/**
 * The engine's metrics in Micrometer:
 *
 * <ul>
 *   <li>{@code toolkit.render} (timer; tags {@code format}, {@code view}): every render, from the
 *       cache or not;
 *   <li>{@code toolkit.reload} (timer; tag {@code applied}): every reload;
 *   <li>the render cache under Micrometer's cache meter names, tag {@code cache=toolkit.render}:
 *       {@code cache.gets} ({@code result=hit|miss}), {@code cache.evictions}, {@code cache.size},
 *       and {@code toolkit.render.cache.bytes} for its weight in bytes.
 * </ul>
 *
 * The cache is the engine's own, so its figures come from {@link ToolkitEngine#cacheStats()} rather
 * than from the Caffeine cache inside.
 */
public final class ToolkitMeters implements EngineListener, MeterBinder {
    static final String CACHE = "toolkit.render";

    private final Supplier<ToolkitEngine> engine;
    private volatile MeterRegistry registry;

    /**
     * Meters for an engine built after them, as they are one of its listeners.
     *
     * @param engine the engine, asked for only when the meters are read
     */
    ToolkitMeters(Supplier<ToolkitEngine> engine) {
        this.engine = engine;
    }

    @Override
    public void bindTo(MeterRegistry value) {
        this.registry = value;
        cacheCounter(value, "cache.gets", RenderCacheStats::hits, "result", "hit");
        cacheCounter(value, "cache.gets", RenderCacheStats::misses, "result", "miss");
        cacheCounter(value, "cache.evictions", RenderCacheStats::evictions);
        Gauge.builder("cache.size", this, meters -> meters.stats(RenderCacheStats::entries))
                .tag("cache", CACHE)
                .description("The number of rendered pages in the cache")
                .register(value);
        Gauge.builder(
                        "toolkit.render.cache.bytes",
                        this,
                        meters -> meters.stats(RenderCacheStats::weightBytes))
                .baseUnit("bytes")
                .description("The estimated size of the rendered pages in the cache")
                .register(value);
    }

    private void cacheCounter(
            MeterRegistry value,
            String name,
            ToDoubleFunction<RenderCacheStats> figure,
            String... tags) {
        FunctionCounter.builder(name, this, meters -> meters.stats(figure))
                .tag("cache", CACHE)
                .tags(tags)
                .register(value);
    }

    private double stats(ToDoubleFunction<RenderCacheStats> figure) {
        return figure.applyAsDouble(engine.get().cacheStats());
    }

    @Override
    public void rendered(View view, String format, Duration took) {
        MeterRegistry current = registry;
        if (current != null) {
            Timer.builder("toolkit.render")
                    .description("Renders of toolkit views, from the cache or not")
                    .tag("format", format)
                    .tag("view", view.kind().name().toLowerCase(java.util.Locale.ROOT))
                    .register(current)
                    .record(took);
        }
    }

    @Override
    public void reloaded(ReloadResult result, Duration took) {
        MeterRegistry current = registry;
        if (current != null) {
            Timer.builder("toolkit.reload")
                    .description("Reloads of the toolkit's content")
                    .tag("applied", Boolean.toString(result.applied()))
                    .register(current)
                    .record(took);
        }
    }
}
