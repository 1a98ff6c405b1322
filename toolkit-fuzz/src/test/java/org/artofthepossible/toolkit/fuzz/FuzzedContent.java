package org.artofthepossible.toolkit.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.artofthepossible.toolkit.test.HtmlSafety;
import org.artofthepossible.toolkit.validation.Diagnostic;

/**
 * Content files held in memory, loaded by the real loaders (found as a user's engine finds them)
 * and rendered by the real renderers. What every fuzz target asserts: loading ends in items and
 * diagnostics, never an exception; every page renders, safely, in bounded time.
 */
final class FuzzedContent implements ContentSource {
    /** Far more than any input of a fuzzing run needs; a hang shows as a failure, not a stall. */
    static final Duration BOUND = Duration.ofSeconds(20);

    static final String TOOLKIT =
            "title: Fuzz\npublisher: Fuzz\ndefaultLocale: en\nlocales: [en, cy]\n"
                    + "vocabularies:\n  - id: theme\n    label: Theme\n    terms:\n"
                    + "      - id: health\n        label: Health\n";

    private final Map<String, byte[]> files = new LinkedHashMap<>();

    static FuzzedContent with(String path, byte[] bytes) {
        var content = new FuzzedContent();
        if (!path.equals("toolkit.yaml")) {
            content.files.put("toolkit.yaml", TOOLKIT.getBytes(StandardCharsets.UTF_8));
        }
        content.files.put(path, bytes);
        return content;
    }

    FuzzedContent and(String path, byte[] bytes) {
        files.put(path, bytes);
        return this;
    }

    @Override
    public String name() {
        return "fuzzed content";
    }

    @Override
    public LoadedContent load(SourceContext context) {
        var content = LoadedContent.builder();
        files.forEach((path, bytes) -> content.add(context.load(path, bytes)));
        return content.build();
    }

    /** Loads, then renders every view of the result as html and json, checking each page. */
    void loadAndRenderEverything() {
        long started = System.nanoTime();
        loadAndRender();
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(BOUND);
    }

    /**
     * Loads and renders once without a time bound: class loading and instrumentation take seconds
     * in a new JVM, and belong to no input.
     */
    static void warmUp() {
        with("pages/warm-up.md", "---\ntitle: Warm\n---\nUp.\n".getBytes(StandardCharsets.UTF_8))
                .loadAndRender();
    }

    private void loadAndRender() {
        ToolkitEngine engine = ToolkitEngine.builder().source(this).cacheBytes(0).build();
        assertThat(engine.diagnostics()).allSatisfy(FuzzedContent::isWellFormed);
        Toolkit toolkit = engine.toolkit();
        var views = new java.util.ArrayList<View>(List.of(View.home(), View.menu()));
        for (ItemType type : ItemType.values()) {
            views.add(View.list(type));
            for (ContentItem item : toolkit.list(type, Locale.ENGLISH)) {
                views.add(View.item(item.id()));
            }
        }
        RenderOptions page = RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);
        for (View view : views) {
            String html = engine.render(view, "html", page).content();
            assertThat(HtmlSafety.problems(html)).as("unsafe markup in %s", view).isEmpty();
            assertThat(html)
                    .as("control characters in %s", view)
                    .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");
            engine.render(view, "json", page);
        }
    }

    private static void isWellFormed(Diagnostic diagnostic) {
        assertThat(diagnostic.code()).matches("[a-z]+(-[a-z]+)*");
        assertThat(diagnostic.code()).isNotIn("loader-failed", "rule-failed", "source-failed");
    }
}
