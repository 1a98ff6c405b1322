package org.artofthepossible.toolkit;

import java.time.Duration;

/**
 * Told of each render and reload of an engine, for metrics: add one with {@link
 * ToolkitEngine.Builder#listener(EngineListener)}. Methods run on the thread that rendered or
 * reloaded, after the work, so they must be quick and thread-safe; an exception they throw is
 * logged and otherwise ignored.
 */
public interface EngineListener {
    /**
     * A view was rendered, from the cache or by its renderer.
     *
     * @param view the view
     * @param format the renderer's format
     * @param took how long the call took
     */
    default void rendered(View view, String format, Duration took) {}

    /**
     * The content was loaded again, whether or not it was applied.
     *
     * @param result what the reload did
     * @param took how long it took
     */
    default void reloaded(ReloadResult result, Duration took) {}
}
