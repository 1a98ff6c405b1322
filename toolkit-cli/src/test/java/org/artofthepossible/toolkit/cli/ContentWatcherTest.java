package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.model.ContentItem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentWatcherTest {
    @TempDir Path content;

    private static void await(BooleanSupplier condition) throws InterruptedException {
        for (int i = 0; i < 100 && !condition.getAsBoolean(); i++) {
            Thread.sleep(100);
        }
    }

    @Test
    void reloadsEditsAndKeepsTheLastGoodContentWhenAnEditBreaksIt() throws Exception {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("toolkit.yaml"), "title: Live\npublisher: P\ndefaultLocale: en\n");
        Files.writeString(content.resolve("pages/news.md"), "---\ntitle: First\n---\n");
        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(content)).build();
        var log = new StringWriter();

        var watcher = new ContentWatcher(engine, content, new PrintWriter(log, true));
        try {
            Files.createDirectories(content.resolve("faqs"));
            Files.writeString(content.resolve("faqs/why.md"), "---\ntitle: Why?\n---\nBecause.\n");
            Files.writeString(content.resolve("pages/news.md"), "---\ntitle: Second\n---\n");
            await(
                    () ->
                            title(engine, "news").equals("Second")
                                    && engine.toolkit().item("why", Locale.ENGLISH).isPresent());
            assertThat(title(engine, "news")).isEqualTo("Second");
            assertThat(engine.toolkit().item("why", Locale.ENGLISH)).isPresent();

            Files.writeString(content.resolve("pages/news.md"), "---\ntitle: [broken\n---\n");
            await(() -> log.toString().contains("still serving the last good content"));
        } finally {
            watcher.close();
        }

        assertThat(log.toString())
                .contains("Reloaded: ")
                .contains("pages/news.md:2:")
                .contains("The new content has errors; still serving the last good content.");
        assertThat(title(engine, "news")).isEqualTo("Second");
    }

    @Test
    void aSteadyStreamOfSavesStillReloadsAtLeastOnceASecond() throws Exception {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("toolkit.yaml"), "title: Live\npublisher: P\ndefaultLocale: en\n");
        Files.writeString(content.resolve("pages/news.md"), "---\ntitle: Edit 0\n---\n");
        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(content)).build();
        var seen = new java.util.TreeSet<String>();

        var watcher =
                new ContentWatcher(engine, content, new PrintWriter(new StringWriter(), true));
        try {
            // A save every 100 ms, faster than the debounce, for four seconds.
            for (int edit = 1; edit <= 40; edit++) {
                Files.writeString(
                        content.resolve("pages/news.md"), "---\ntitle: Edit " + edit + "\n---\n");
                Thread.sleep(100);
                seen.add(title(engine, "news"));
            }
            await(() -> title(engine, "news").equals("Edit 40"));
        } finally {
            watcher.close();
        }

        // Without the deadline the debounce would apply nothing until the saves stopped.
        assertThat(seen).as("titles served while saving").hasSizeGreaterThanOrEqualTo(3);
        assertThat(title(engine, "news")).isEqualTo("Edit 40");
    }

    private static String title(ToolkitEngine engine, String id) {
        return engine.toolkit().item(id, Locale.ENGLISH).map(ContentItem::title).orElse("");
    }
}
