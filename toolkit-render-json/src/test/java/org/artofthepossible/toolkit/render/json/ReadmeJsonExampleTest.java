package org.artofthepossible.toolkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ItemType;
import org.junit.jupiter.api.Test;

/** The README's JSON examples, as printed there. */
class ReadmeJsonExampleTest {
    @Test
    @SuppressWarnings("try") // Jsonb.close() declares Exception; nothing here interrupts it
    void returnsToolkitJsonInAFewLines() throws Exception {
        ToolkitEngine engine = ToolkitEngine.builder().source(BundledToolkit.source()).build();

        // Any framework: the renderer's output, cached by the engine
        String json = engine.render(View.list(ItemType.CASE_STUDY), "json").content();

        // Jackson 2, with the module made for the engine: items with term labels, and views
        ObjectMapper mapper =
                new ObjectMapper()
                        .registerModule(
                                ToolkitJacksonModule.of(
                                        engine,
                                        () -> RenderOptions.defaults().withLocale(Locale.ENGLISH)));
        String study =
                mapper.writeValueAsString(
                        engine.toolkit().item("kibble-st-mirren", Locale.ENGLISH).orElseThrow());
        String list = mapper.writeValueAsString(View.list(ItemType.CASE_STUDY));

        // Jakarta JSON Binding
        Jsonb jsonb = JsonbBuilder.create(ToolkitJsonb.config(engine.toolkit(), Locale.ENGLISH));

        assertThat(json).startsWith("{\"type\":\"list\",\"itemType\":\"case-study\"");
        assertThat(study).isEqualTo(engine.render(View.item("kibble-st-mirren"), "json").content());
        assertThat(study).contains("\"label\":");
        assertThat(list).isEqualTo(json);
        assertThat(
                        jsonb.toJson(
                                engine.toolkit()
                                        .item("kibble-st-mirren", Locale.ENGLISH)
                                        .orElseThrow()))
                .isEqualTo(study);
        jsonb.close();
    }
}
