package org.artofthepossible.toolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the benchmarks load and export is content an author could have written, with no faults. */
class SyntheticContentTest {
    @TempDir Path temp;

    @Test
    void loadsEveryItemWithNoDiagnostics() {
        Path folder = SyntheticContent.write(temp.resolve("content"), 30);

        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(folder)).build();

        assertThat(engine.diagnostics()).isEmpty();
        assertThat(engine.toolkit().items()).hasSize(30);
    }
}
