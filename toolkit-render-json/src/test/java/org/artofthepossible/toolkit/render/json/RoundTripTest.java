package org.artofthepossible.toolkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the json renderer writes, the content loader reads back as the same model. */
class RoundTripTest {
    private static final ToolkitEngine BUNDLED =
            ToolkitEngine.builder().source(BundledToolkit.source()).build();

    @TempDir Path root;

    private void copyToolkitYaml() throws IOException {
        try (InputStream in =
                BundledToolkit.class
                        .getClassLoader()
                        .getResourceAsStream(BundledToolkit.ROOT + "/toolkit.yaml")) {
            Files.copy(in, root.resolve("toolkit.yaml"));
        }
    }

    @Test
    void everyItemReadBackFromItsJsonEqualsTheOriginal() throws IOException {
        copyToolkitYaml();
        Toolkit original = BUNDLED.toolkit();
        for (ContentItem item : original.items()) {
            Path file = root.resolve(item.type().plural()).resolve(item.id() + ".json");
            Files.createDirectories(file.getParent());
            Files.writeString(file, BUNDLED.render(View.item(item.id()), "json").content());
        }

        ToolkitEngine reloaded = ToolkitEngine.builder().source(DirectorySource.of(root)).build();

        assertThat(reloaded.diagnostics()).isEmpty();
        assertThat(reloaded.toolkit().items()).containsExactlyElementsOf(original.items());
        assertThat(reloaded.toolkit().version()).isEqualTo(original.version());
    }

    @Test
    void canonicalJsonThatDisagreesWithItsFileNameIsReported() throws IOException {
        copyToolkitYaml();
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(
                root.resolve("pages/about.json"),
                "{\"type\":\"faq\",\n\"id\":\"other\",\n\"locale\":\"en\",\n\"title\":\"About\",\"order\":0}");

        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(root)).build();

        assertThat(engine.diagnostics())
                .extracting(Diagnostic::toString)
                .contains(
                        "pages/about.json:1:9: error invalid-value: 'faq' disagrees with the folder pages/, which says 'page' (field type)",
                        "pages/about.json:2:6: error invalid-value: 'other' disagrees with the file name, which says 'about' (field id)");
    }
}
