package org.artofthepossible.toolkit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.module.ModuleDescriptor;
import java.lang.module.ModuleFinder;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ModuleTest {
    private final ModuleDescriptor descriptor =
            ModuleFinder.of(Path.of("target/classes")).findAll().iterator().next().descriptor();

    @Test
    void exportsOnlyItsPublicPackageAndPassesTheCoreOn() {
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.search");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.search");
        // Results are core types: a user of the search needs the core without requiring it.
        assertThat(descriptor.requires())
                .filteredOn(r -> r.name().equals("org.artofthepossible.toolkit.core"))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.modifiers())
                                        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        assertThat(descriptor.provides()).isEmpty();
    }
}
