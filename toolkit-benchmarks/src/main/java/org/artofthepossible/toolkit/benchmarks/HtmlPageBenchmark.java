package org.artofthepossible.toolkit.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.benchmarks.page.CaseStudyPage;
import org.artofthepossible.toolkit.benchmarks.page.HandWrittenPage;
import org.artofthepossible.toolkit.benchmarks.page.MustachePage;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import org.artofthepossible.toolkit.spi.Renderer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One whole case-study page (document mode, every value escaped) from the html renderer, against a
 * hand-written {@link StringBuilder} page through the OWASP encoder (target: at least its
 * throughput) and against Mustache.java (target: at least 2.4 times its throughput). All three
 * write the same bytes, which {@code CaseStudyPageTest} checks, and all three derive the page from
 * the snapshot, Markdown body included, on every render.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class HtmlPageBenchmark {
    /** The longest case-study page of the bundled toolkit. */
    static final String STUDY = "plymouth-alliance";

    static final RenderOptions PAGE =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);

    private Toolkit toolkit;
    private CaseStudy study;
    private Renderer html;
    private MustachePage mustache;

    @Setup
    public void setUp() {
        toolkit = ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();
        study = toolkit.item(CaseStudy.class, STUDY, Locale.ENGLISH).orElseThrow();
        html = htmlRenderer();
        mustache = new MustachePage();
    }

    /** The html renderer alone: no JSON-LD renderer beside it, as in the baselines. */
    static Renderer htmlRenderer() {
        return new HtmlRendererProvider(List.of()).create(format -> Optional.empty());
    }

    @Benchmark
    public String renderer() {
        return html.render(View.item(STUDY), toolkit, PAGE);
    }

    @Benchmark
    public String baselineHandWritten() {
        return HandWrittenPage.write(CaseStudyPage.of(toolkit, study));
    }

    @Benchmark
    public String baselineMustache() {
        return mustache.write(CaseStudyPage.of(toolkit, study));
    }
}
