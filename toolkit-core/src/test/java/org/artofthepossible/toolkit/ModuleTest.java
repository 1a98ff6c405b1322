package org.artofthepossible.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleTest {
    private final ModuleDescriptor descriptor =
            ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    @Test
    void exportsOnlyThePublicPackages() {
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.core");
        assertThat(descriptor.exports())
                .allSatisfy(e -> assertThat(e.isQualified()).isFalse())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactlyInAnyOrder(
                        "org.artofthepossible.toolkit",
                        "org.artofthepossible.toolkit.model",
                        "org.artofthepossible.toolkit.spi",
                        "org.artofthepossible.toolkit.validation");
        assertThat(descriptor.packages()).contains("org.artofthepossible.toolkit.internal");
    }

    @Test
    void usesEveryServiceInterface() {
        assertThat(descriptor.uses())
                .containsExactlyInAnyOrder(
                        "org.artofthepossible.toolkit.spi.ContentLoaderProvider",
                        "org.artofthepossible.toolkit.spi.RendererProvider",
                        "org.artofthepossible.toolkit.spi.ValidationRuleProvider");
        assertThat(descriptor.provides()).isEmpty();
    }
}
