package org.artofthepossible.toolkit.questions;

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
        assertThat(descriptor.name()).isEqualTo("org.artofthepossible.toolkit.questions");
        assertThat(descriptor.exports())
                .extracting(ModuleDescriptor.Exports::source)
                .containsExactly("org.artofthepossible.toolkit.questions");
        assertThat(descriptor.requires())
                .filteredOn(r -> r.name().equals("org.artofthepossible.toolkit.core"))
                .singleElement()
                .satisfies(
                        r ->
                                assertThat(r.modifiers())
                                        .contains(ModuleDescriptor.Requires.Modifier.TRANSITIVE));
        // The schema's migrations lie outside any package, where Flyway finds them on the class
        // path and the module path alike.
        assertThat(descriptor.packages()).doesNotContain("db.toolkit-questions");
        assertThat(Path.of("target/classes/db/toolkit-questions/V1__questions.sql")).exists();
    }
}
