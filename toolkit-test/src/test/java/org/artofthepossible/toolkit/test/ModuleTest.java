package org.artofthepossible.toolkit.test;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleTest {
    @Test
    void exportsOnlyTheKit() {
        ModuleDescriptor descriptor =
                ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.test");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.test");
        assertThat(descriptor.provides()).isEmpty();
    }
}
