package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleTest {
    @Test
    void exportsNothingAndOpensItsCommandsOnlyToPicocli() {
        ModuleDescriptor descriptor =
                ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.cli");
        assertThat(descriptor.exports()).isEmpty();
        assertThat(descriptor.opens())
                .singleElement()
                .satisfies(o -> assertThat(o.targets()).containsExactly("info.picocli"));
    }
}
