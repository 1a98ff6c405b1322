package com.example.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.search.SearchRequest;
import org.artofthepossible.toolkit.search.ToolkitSearch;
import org.junit.jupiter.api.Test;

/**
 * An app that embeds the content, both renderers and search gets no logging library from them and
 * hears nothing from them on a happy path: no "No SLF4J providers" lines on its console.
 */
class QuietEmbeddingTest {
    @Test
    void theEmbeddingModulesBringNoSlf4j() {
        assertThatThrownBy(() -> Class.forName("org.slf4j.LoggerFactory"))
                .isInstanceOf(ClassNotFoundException.class);
    }

    @Test
    void loadingRenderingAndSearchingTheBundledToolkitPrintsNothing() {
        PrintStream err = System.err;
        PrintStream out = System.out;
        var printed = new ByteArrayOutputStream();
        try (var capture = new PrintStream(printed, true, StandardCharsets.UTF_8)) {
            System.setErr(capture);
            System.setOut(capture);
            ToolkitEngine engine =
                    ToolkitEngine.builder().source(BundledToolkit.source()).strict(true).build();
            RenderOptions options = RenderOptions.defaults().withLocale(Locale.ENGLISH);
            engine.render(View.list(ItemType.CASE_STUDY), "html", options);
            engine.render(View.list(ItemType.CASE_STUDY), "json", options);
            ToolkitSearch.create().search(engine.toolkit(), SearchRequest.of("alliance"));
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertThat(printed.toString(StandardCharsets.UTF_8)).isEmpty();
    }
}
