package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Set;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file's key changes with anything that could change its bytes. */
class RenderKeysTest {
    private static final Toolkit TOOLKIT =
            ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();
    private static final View STUDY = View.item("plymouth-alliance");

    @TempDir Path temp;

    /** Stands for a renderer's class, loaded from a folder of this test's own. */
    public static final class Renderer {}

    @Test
    void equalSettingsAndCodeGiveEqualKeys() {
        var keys = new RenderKeys(TOOLKIT, List.of("default", "en"), Set.of(Toolkit.class));
        var same = new RenderKeys(TOOLKIT, List.of("default", "en"), Set.of(Toolkit.class));

        assertThat(keys.of(STUDY, "html"))
                .hasSize(64)
                .isEqualTo(same.of(STUDY, "html"))
                .isNotEqualTo(keys.of(STUDY, "json"))
                .isNotEqualTo(keys.of(View.item("oldham-social-prescribing"), "html"))
                .isNotEqualTo(
                        new RenderKeys(TOOLKIT, List.of("govuk", "en"), Set.of(Toolkit.class))
                                .of(STUDY, "html"));
    }

    @Test
    void aRebuiltRendererChangesTheKeys() throws Exception {
        String name = Renderer.class.getName().replace('.', '/') + ".class";
        Path classes = temp.resolve("classes");
        Path file =
                Files.createDirectories(classes.resolve(name).getParent())
                        .resolve(Path.of(name).getFileName().toString());
        try (InputStream in = Renderer.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(in, file);
        }
        Files.setLastModifiedTime(file, FileTime.fromMillis(1_000_000));
        String before = keyWithRendererFrom(classes);

        Files.setLastModifiedTime(file, FileTime.fromMillis(2_000_000));

        assertThat(keyWithRendererFrom(classes))
                .isNotEqualTo(before)
                .isNotEqualTo(
                        new RenderKeys(TOOLKIT, List.of(), Set.of(Toolkit.class))
                                .of(STUDY, "html"));
    }

    private static String keyWithRendererFrom(Path classes)
            throws IOException, ReflectiveOperationException {
        try (var loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
            Class<?> renderer = loader.loadClass(Renderer.class.getName());
            assertThat(renderer.getClassLoader()).isSameAs(loader);
            return new RenderKeys(TOOLKIT, List.of(), Set.of(Toolkit.class, renderer))
                    .of(STUDY, "html");
        }
    }
}
