package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentSourcesTest {
    @TempDir Path root;

    @Test
    void aFileIsAZipAndAnythingElseAFolder() throws IOException {
        Path zip = Files.createFile(root.resolve("content.zip"));

        assertThat(ContentSources.of(zip)).isInstanceOf(ZipSource.class);
        assertThat(ContentSources.of(root)).isInstanceOf(DirectorySource.class);
        assertThat(ContentSources.of(root.resolve("missing"))).isInstanceOf(DirectorySource.class);
    }
}
