package org.artofthepossible.toolkit.render.json.internal;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;

/**
 * What the Jackson 2 and Jackson 3 modules share: where an item's snapshot and locale come from
 * (the writer's attributes first, then the engine the module was made for), and a view's JSON,
 * which only a module made for an engine can write.
 */
public final class ModuleContext {
    /** The writer attribute holding the {@link Toolkit} the items belong to. */
    public static final String TOOLKIT = "org.artofthepossible.toolkit.Toolkit";

    /** The writer attribute holding the reader's {@link Locale}. */
    public static final String LOCALE = "org.artofthepossible.toolkit.Locale";

    private final Optional<ToolkitEngine> engine;
    private final Supplier<RenderOptions> options;

    private ModuleContext(Optional<ToolkitEngine> engine, Supplier<RenderOptions> options) {
        this.engine = engine;
        this.options = options;
    }

    /** A module on its own, as ServiceLoader makes it: items only, labels from attributes. */
    public static ModuleContext standalone() {
        return new ModuleContext(Optional.empty(), RenderOptions::defaults);
    }

    /** A module for one engine: labels from its current snapshot, views through its renderer. */
    public static ModuleContext of(ToolkitEngine engine, Supplier<RenderOptions> options) {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(options, "options");
        return new ModuleContext(Optional.of(engine), options);
    }

    /**
     * Writes an item.
     *
     * @param item the item
     * @param attributes the writer's attribute of a key, or null
     * @param out where the JSON goes
     */
    public void item(ContentItem item, Function<String, Object> attributes, JsonSink out) {
        Optional<Toolkit> toolkit =
                Optional.ofNullable((Toolkit) attributes.apply(TOOLKIT))
                        .or(() -> engine.map(ToolkitEngine::toolkit));
        Locale locale =
                Optional.ofNullable((Locale) attributes.apply(LOCALE))
                        .or(() -> engine.map(e -> options.get().locale()))
                        .orElseGet(
                                () ->
                                        toolkit.map(t -> t.info().defaultLocale())
                                                .orElse(item.locale()));
        new CanonicalJson(toolkit, locale).item(item, out);
    }

    /**
     * A view's canonical JSON, rendered by the engine's {@code json} renderer (and cached by it).
     *
     * @throws IllegalStateException when the module was not made for an engine
     */
    public String view(View view) {
        ToolkitEngine renderer =
                engine.orElseThrow(
                        () ->
                                new IllegalStateException(
                                        "writing a View needs the module made for an engine:"
                                                + " ToolkitJacksonModule.of(engine, options) or"
                                                + " ToolkitJackson3Module.of(engine, options);"
                                                + " this one can write items only"));
        return renderer.render(view, "json", options.get()).content();
    }
}
