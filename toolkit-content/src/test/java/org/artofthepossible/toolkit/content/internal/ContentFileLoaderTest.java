package org.artofthepossible.toolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import org.artofthepossible.toolkit.content.ContentMapper;
import org.artofthepossible.toolkit.content.LocatedValue;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.ContentFile;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.validation.SourceLocation;
import org.junit.jupiter.api.Test;

class ContentFileLoaderTest {
    private static LoadedItem load(String text) {
        var loader = new ContentFileLoader(ContentFileLoader.Format.MARKDOWN, 1 << 20);
        var file =
                ContentFile.item(
                        "pages/about.md",
                        ItemType.PAGE,
                        "about",
                        Locale.ENGLISH,
                        text.getBytes(StandardCharsets.UTF_8));
        var loaded = loader.load(file);
        assertThat(loaded.items()).as("%s", loaded.diagnostics()).hasSize(1);
        return loaded.items().get(0);
    }

    @Test
    void theBodyIsWhereItStartsBelowTheFrontMatter() {
        LoadedItem item = load("---\ntitle: About\nsummary: Us.\n---\n\nWho we are.\n");

        assertThat(item.locationOf("body")).isEqualTo(SourceLocation.of("pages/about.md", 5, 1));
        assertThat(item.locationOf("title")).isEqualTo(SourceLocation.of("pages/about.md", 2, 8));
    }

    @Test
    void aFrontMatterFieldNamedBodyKeepsItsOwnLocation() {
        LoadedItem item = load("---\ntitle: About\nsummary: Us.\nbody: x\n---\nWho we are.\n");

        assertThat(item.locationOf("body")).isEqualTo(SourceLocation.of("pages/about.md", 4, 7));
    }

    /**
     * A third party's loader gives its tree and body to {@code ContentMapper}, which does the same.
     */
    @Test
    void aBodyMappedFromAThirdPartysTreeIsWhereItsLoaderSays() {
        var file =
                ContentFile.item(
                        "pages/about.txt", ItemType.PAGE, "about", Locale.ENGLISH, new byte[0]);
        var fields = new LinkedHashMap<String, LocatedValue>();
        fields.put(
                "title",
                LocatedValue.Scalar.plain("About", SourceLocation.of("pages/about.txt", 1, 1)));
        fields.put(
                "summary",
                LocatedValue.Scalar.plain("Us.", SourceLocation.of("pages/about.txt", 2, 1)));
        var root = new LocatedValue.Mapping(fields, SourceLocation.of("pages/about.txt", 1, 1));

        var mapped = ContentMapper.map(file, root, "Who we are.", 7);

        assertThat(mapped.items().get(0).locationOf("body"))
                .isEqualTo(SourceLocation.of("pages/about.txt", 7, 1));
    }
}
