package org.artofthepossible.toolkit.benchmarks;

import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.Renderer;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * A page whose body is a long Markdown text rendered fragment by the html renderer, against bare
 * commonmark-java rendering the same text (target: at least 0.9 times its throughput).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class MarkdownBenchmark {
    private String markdown;
    private Toolkit toolkit;
    private Renderer html;
    private Parser parser;
    private HtmlRenderer commonmark;

    @Setup
    public void setUp() {
        var text = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            text.append("## Section ")
                    .append(i)
                    .append("\n\nThe *partnership* brought [commissioners](https://example.org/")
                    .append(i)
                    .append(") and providers **together** for people with several needs.\n\n")
                    .append("- prevention first\n- long-term plans\n- trust over contracts\n\n");
        }
        markdown = text.toString();
        toolkit =
                Toolkit.load(
                                LoadedContent.builder()
                                        .info(
                                                ToolkitInfo.of(
                                                        "Benchmark",
                                                        "Tests",
                                                        java.util.Locale.ENGLISH))
                                        .item(
                                                Page.of(
                                                        ItemMetadata.builder("long", "Long")
                                                                .body(markdown)
                                                                .build()))
                                        .build())
                        .toolkit();
        html =
                new HtmlRendererProvider(java.util.List.of())
                        .create(format -> java.util.Optional.empty());
        parser = Parser.builder().build();
        commonmark = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();
    }

    @Benchmark
    public String rendererPageBody() {
        return html.render(View.item("long"), toolkit, RenderOptions.defaults());
    }

    @Benchmark
    public String baselineBareCommonmark() {
        return commonmark.render(parser.parse(markdown));
    }
}
