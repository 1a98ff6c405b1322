package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What {@code serve --watch} relies on: after an edit, the engine renders again only the pages the
 * edit changes, and every page it kept is the page a new engine renders from the edited content.
 */
class ReloadedRendersTest {
    private static final List<String> FORMATS = List.of("html", "json", "jsonld");

    @TempDir Path content;

    /** A render of one view in one format and locale. */
    private record Page(View view, String format, RenderOptions options) {}

    @Test
    void aReloadAfterABodyEditRendersAgainOnlyThatItemAndTheListsAndKeepsNothingStale()
            throws IOException {
        BundledCopy.into(content);
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(DirectorySource.of(content))
                        .recordCacheStats()
                        .build();
        List<Page> pages = pages(engine.toolkit());
        pages.forEach(p -> engine.render(p.view(), p.format(), p.options()));
        long renderedFirst = engine.cacheStats().misses();
        Path edited = content.resolve("case-studies/hct-travel-training.md");
        Files.writeString(edited, Files.readString(edited) + "\nOne more paragraph.\n");

        assertThat(engine.reload().applied()).isTrue();
        Map<Page, String> served = new LinkedHashMap<>();
        pages.forEach(
                p -> served.put(p, engine.render(p.view(), p.format(), p.options()).content()));

        ToolkitEngine fresh = ToolkitEngine.builder().source(DirectorySource.of(content)).build();
        served.forEach(
                (p, page) ->
                        assertThat(page)
                                .as("%s %s in %s", p.view(), p.format(), p.options().locale())
                                .isEqualTo(
                                        fresh.render(p.view(), p.format(), p.options()).content()));
        long renderedAgain = engine.cacheStats().misses() - renderedFirst;
        long itemPages = pages.stream().filter(p -> p.view() instanceof View.ItemView).count();
        long ofTheEdited =
                pages.stream()
                        .filter(p -> p.view().equals(View.item("hct-travel-training")))
                        .count();
        assertThat(ofTheEdited).isEqualTo(2L * FORMATS.size()); // in English and in Welsh
        assertThat(renderedAgain).isEqualTo(pages.size() - itemPages + ofTheEdited);
        assertThat(served.get(new Page(View.item("hct-travel-training"), "html", english())))
                .contains("One more paragraph.");
    }

    /** Every item and every list in each language of the toolkit, in every format. */
    private static List<Page> pages(Toolkit toolkit) {
        var views = new ArrayList<Page>();
        for (String format : FORMATS) {
            for (Locale locale : toolkit.info().locales()) {
                var options = RenderOptions.defaults().withLocale(locale);
                for (ContentItem item : toolkit.items()) {
                    views.add(new Page(View.item(item.id()), format, options));
                }
                for (ItemType type : ItemType.values()) {
                    views.add(new Page(View.list(type), format, options));
                }
            }
        }
        return views;
    }

    private static RenderOptions english() {
        return RenderOptions.defaults().withLocale(Locale.ENGLISH);
    }
}
