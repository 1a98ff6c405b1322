package org.artofthepossible.toolkit.spring;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.artofthepossible.toolkit.EngineListener;
import org.artofthepossible.toolkit.ReloadResult;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.validation.Diagnostic;

/**
 * What the health indicator reports: the content version in service, when the content was last
 * loaded and whether that load was applied, and the errors and warnings of the content. A listener
 * of the engine, so it hears every reload.
 */
public final class ToolkitStatus implements EngineListener {
    private record LastLoad(Instant at, boolean applied, List<Diagnostic> diagnostics) {}

    private final Clock clock;
    private final AtomicReference<LastLoad> last = new AtomicReference<>();

    ToolkitStatus(Clock clock) {
        this.clock = clock;
    }

    /** Records the engine's first load, when it is built. */
    void loaded(ToolkitEngine engine) {
        last.compareAndSet(null, new LastLoad(clock.instant(), true, engine.diagnostics()));
    }

    @Override
    public void reloaded(ReloadResult result, java.time.Duration took) {
        last.set(new LastLoad(clock.instant(), result.applied(), result.diagnostics()));
    }

    /** The details, in a fixed order: version, lastReload, lastReloadApplied, errors, warnings. */
    Map<String, Object> details(Toolkit toolkit) {
        var details = new LinkedHashMap<String, Object>();
        details.put("version", toolkit.version());
        LastLoad load = last.get();
        if (load != null) {
            details.put("lastReload", load.at().toString());
            details.put("lastReloadApplied", load.applied());
            details.put("errors", load.diagnostics().stream().filter(Diagnostic::isError).count());
            details.put("warnings", load.diagnostics().stream().filter(d -> !d.isError()).count());
        }
        return details;
    }
}
