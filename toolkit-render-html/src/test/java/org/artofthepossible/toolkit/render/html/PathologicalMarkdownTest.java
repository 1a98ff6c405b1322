package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.Locale;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.ReloadResult;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.validation.SourceLocation;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Markdown written to exhaust the stack or the parser renders in bounded time, nested no deeper
 * than the limit, and the author is warned at the line; the other items are unaffected.
 */
class PathologicalMarkdownTest {
    private static final Duration BOUND = Duration.ofSeconds(20);

    static Stream<Arguments> inputs() {
        var lists = new StringBuilder();
        for (int i = 0; i < 700; i++) {
            lists.append("  ".repeat(i)).append("- item\n");
        }
        return Stream.of(
                Arguments.of(
                        "50,000 emphasis markers",
                        "*".repeat(50_000) + "a" + "*".repeat(50_000),
                        false),
                Arguments.of("5,000 nested blockquotes", ">".repeat(5_000) + " deep\n", true),
                Arguments.of("700 nested list items", lists.toString(), true),
                Arguments.of("1 MiB of <", "<".repeat(1 << 20), false),
                Arguments.of("200,000 unclosed links", "[a](".repeat(200_000), false),
                Arguments.of("nested emphasis", "*a **b ".repeat(20_000), false),
                Arguments.of("nested brackets", "[".repeat(100_000) + "]".repeat(100_000), false));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("inputs")
    void rendersInBoundedTimeAndNesting(String name, String markdown, boolean tooDeep) {
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .discoverPlugins(false)
                        .source(source(markdown))
                        .renderer(new HtmlRendererProvider())
                        .rule(new MarkdownRuleProvider())
                        .build();

        String page =
                assertTimeoutPreemptively(
                        BOUND,
                        () ->
                                engine.render(
                                                View.item("hostile"),
                                                "html",
                                                RenderOptions.defaults()
                                                        .withMode(RenderOptions.Mode.DOCUMENT))
                                        .content());
        String other = engine.render(View.item("other"), "html").content();

        assertThat(depthOf(page, "<blockquote>")).isLessThanOrEqualTo(40);
        assertThat(depthOf(page, "<ul>")).isLessThanOrEqualTo(40);
        assertThat(other).contains("Unaffected.");
        ReloadResult load = engine.reload();
        if (tooDeep) {
            assertThat(load.diagnostics())
                    .singleElement()
                    .satisfies(
                            d -> {
                                assertThat(d.code())
                                        .isEqualTo(HtmlRendererProvider.MARKDOWN_TOO_DEEP);
                                assertThat(d.location())
                                        .hasValueSatisfying(
                                                at ->
                                                        assertThat(at.line())
                                                                .isGreaterThanOrEqualTo(4));
                                assertThat(d.field()).contains("body");
                            });
        }
    }

    @org.junit.jupiter.api.Test
    void controlCharactersFromALoaderThatAllowsThemNeverReachThePage() {
        String controls = "\u0000\u0001\u0008\u000b\u001b[2J\u007f\u009b";
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .discoverPlugins(false)
                        .source(source("Body " + controls + " text"))
                        .renderer(new HtmlRendererProvider())
                        .build();

        String page =
                engine.render(
                                View.item("hostile"),
                                "html",
                                RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT))
                        .content();

        assertThat(page)
                .contains("Body")
                .doesNotContainPattern("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F-\\x9F]");
    }

    /** How deeply a tag nests in the page. */
    private static int depthOf(String html, String open) {
        String close = "</" + open.substring(1);
        int depth = 0;
        int deepest = 0;
        for (int i = 0; i < html.length(); i++) {
            if (html.startsWith(open, i)) {
                deepest = Math.max(deepest, ++depth);
            } else if (html.startsWith(close, i)) {
                depth--;
            }
        }
        return deepest;
    }

    private static ContentSource source(String markdown) {
        return new ContentSource() {
            @Override
            public String name() {
                return "hostile";
            }

            @Override
            public LoadedContent load(org.artofthepossible.toolkit.spi.SourceContext context) {
                return LoadedContent.builder()
                        .info(ToolkitInfo.of("T", "P", Locale.ENGLISH))
                        .item(
                                new LoadedItem(
                                        Page.of(
                                                ItemMetadata.builder("hostile", "Hostile")
                                                        .body(markdown)
                                                        .build()),
                                        SourceLocation.of("pages/hostile.md", 1, 1),
                                        java.util.Map.of(
                                                "body",
                                                SourceLocation.of("pages/hostile.md", 4, 1))))
                        .item(
                                LoadedItem.of(
                                        Page.of(
                                                ItemMetadata.builder("other", "Other")
                                                        .body("Unaffected.")
                                                        .build()),
                                        SourceLocation.of("pages/other.md", 1, 1)))
                        .build();
            }
        };
    }
}
