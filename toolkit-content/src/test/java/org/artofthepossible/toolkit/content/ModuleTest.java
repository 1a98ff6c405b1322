package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModuleTest {

    private final ModuleDescriptor descriptor =
            ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    @Test
    void exportsOnlyItsPublicPackageAndProvidesItsLoadersBothWays() throws Exception {
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.content");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.content");
        assertThat(descriptor.requires())
                .extracting(ModuleDescriptor.Requires::name)
                .contains("org.artofthepossible.toolkit.core");
        List<String> loaders =
                List.of(
                        "org.artofthepossible.toolkit.content.internal.MarkdownLoaderProvider",
                        "org.artofthepossible.toolkit.content.internal.YamlLoaderProvider",
                        "org.artofthepossible.toolkit.content.internal.JsonLoaderProvider");
        assertThat(descriptor.provides())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.service())
                                    .isEqualTo(
                                            "org.artofthepossible.toolkit.spi.ContentLoaderProvider");
                            assertThat(p.providers()).containsExactlyElementsOf(loaders);
                        });
        assertThat(
                        Files.readAllLines(
                                Path.of(
                                        "target/classes/META-INF/services/"
                                                + "org.artofthepossible.toolkit.spi.ContentLoaderProvider")))
                .containsExactlyElementsOf(loaders);
    }
}
