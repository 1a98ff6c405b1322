package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleTest {

    private final ModuleDescriptor descriptor =
            ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    @Test
    void exportsOnlyItsPublicPackage() {
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.content");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.content");
        assertThat(descriptor.requires())
                .extracting(ModuleDescriptor.Requires::name)
                .contains("org.artofthepossible.toolkit.core");
        assertThat(descriptor.provides()).isEmpty();
    }
}
