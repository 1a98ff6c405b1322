package org.artofthepossible.toolkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.Locale;
import org.artofthepossible.toolkit.Rendered;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.junit.jupiter.api.Test;

class JsonRendererTest {
    private final ToolkitEngine engine =
            ToolkitEngine.builder()
                    .source(
                            ContentSource.of(
                                    "test",
                                    LoadedContent.builder()
                                            .info(ToolkitInfo.of("Toolkit", "E3M", Locale.ENGLISH))
                                            .item(
                                                    Page.of(
                                                            ItemMetadata.builder(
                                                                            "what-next",
                                                                            "What next?")
                                                                    .summary(
                                                                            "Where to go from here \"quoted\" </script>")
                                                                    .published(
                                                                            LocalDate.of(
                                                                                    2021, 5, 11))
                                                                    .build()))
                                            .build()))
                    .build();

    @Test
    void isDiscoveredAndRendersAnItemAsParseableJsonWithIsoDatesAndNoNulls() throws Exception {
        Rendered rendered = engine.render(View.item("what-next"), "json");

        JsonNode json = new ObjectMapper().readTree(rendered.content());
        assertThat(rendered.mediaType()).isEqualTo("application/json");
        assertThat(json.get("type").asText()).isEqualTo("page");
        assertThat(json.at("/item/metadata/title").asText()).isEqualTo("What next?");
        assertThat(json.at("/item/metadata/summary").asText())
                .isEqualTo("Where to go from here \"quoted\" </script>");
        assertThat(json.at("/item/metadata/published").asText()).isEqualTo("2021-05-11");
        assertThat(json.at("/item/metadata").has("updated")).isFalse();
        assertThat(json.get("version").asText()).isEqualTo(engine.toolkit().version());
        assertThat(rendered.content()).doesNotContain("null");
    }

    @Test
    void rendersAListWithItsItems() throws Exception {
        JsonNode json =
                new ObjectMapper()
                        .readTree(engine.render(View.list(ItemType.PAGE), "json").content());

        assertThat(json.get("type").asText()).isEqualTo("page");
        assertThat(json.get("items")).hasSize(1);
        assertThat(json.at("/items/0/metadata/id").asText()).isEqualTo("what-next");
    }
}
