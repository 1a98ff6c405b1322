package org.artofthepossible.toolkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ModuleTest {
    private static final Map<String, String> PROVIDED =
            Map.of(
                    "org.artofthepossible.toolkit.spi.RendererProvider",
                    "org.artofthepossible.toolkit.render.json.JsonRendererProvider,"
                            + "org.artofthepossible.toolkit.render.json.JsonLdRendererProvider",
                    "com.fasterxml.jackson.databind.Module",
                    "org.artofthepossible.toolkit.render.json.ToolkitJacksonModule");

    private final ModuleDescriptor descriptor =
            ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    @Test
    void exportsOnlyItsPublicPackageAndProvidesItsPluginsBothWays() throws IOException {
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.render.json");
        assertThat(descriptor.exports().stream().filter(e -> !e.isQualified()))
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.render.json");
        assertThat(descriptor.exports().stream().filter(ModuleDescriptor.Exports::isQualified))
                .singleElement()
                .satisfies(
                        internal ->
                                assertThat(internal.targets())
                                        .containsExactly("org.artofthepossible.toolkit.jackson3"));
        assertThat(
                        descriptor.provides().stream()
                                .collect(
                                        Collectors.toMap(
                                                ModuleDescriptor.Provides::service,
                                                p -> String.join(",", p.providers()))))
                .isEqualTo(PROVIDED);
        for (Map.Entry<String, String> service : PROVIDED.entrySet()) {
            assertThat(
                            Files.readString(
                                            Path.of(
                                                    "target/classes/META-INF/services",
                                                    service.getKey()))
                                    .strip())
                    .isEqualTo(service.getValue().replace(",", "\n"));
        }
        assertThat(descriptor.requires())
                .filteredOn(r -> r.name().startsWith("jakarta."))
                .allSatisfy(
                        r ->
                                assertThat(r.modifiers())
                                        .contains(ModuleDescriptor.Requires.Modifier.STATIC));
    }
}
