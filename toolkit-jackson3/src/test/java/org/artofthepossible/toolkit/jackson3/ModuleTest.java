package org.artofthepossible.toolkit.jackson3;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleTest {
    private final ModuleDescriptor descriptor =
            ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    @Test
    void exportsItsPackageAndProvidesTheModuleToBothServiceLoaders() throws IOException {
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.jackson3");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.jackson3");
        assertThat(descriptor.provides())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.service())
                                    .isEqualTo("tools.jackson.databind.JacksonModule");
                            assertThat(p.providers())
                                    .containsExactly(ToolkitJackson3Module.class.getName());
                        });
        assertThat(
                        Files.readString(
                                        Path.of(
                                                "target/classes/META-INF/services",
                                                "tools.jackson.databind.JacksonModule"))
                                .strip())
                .isEqualTo(ToolkitJackson3Module.class.getName());
    }
}
