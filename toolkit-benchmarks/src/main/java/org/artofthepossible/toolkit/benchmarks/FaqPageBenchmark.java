package org.artofthepossible.toolkit.benchmarks;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.Moderation;
import org.artofthepossible.toolkit.questions.Notices;
import org.artofthepossible.toolkit.questions.PublishedQuestions;
import org.artofthepossible.toolkit.questions.Question;
import org.artofthepossible.toolkit.questions.Submission;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The whole FAQ page, uncached, with {@code published} community questions beside the bundled
 * toolkit's own; the baseline is the same page with none. Questions are published through {@link
 * Moderation} into an in-memory H2 store and read by {@link PublishedQuestions}, as {@code serve}
 * reads them.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class FaqPageBenchmark {
    @Param({"10", "100", "1000"})
    public int published;

    private static final RenderOptions PAGE =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);

    private JdbcQuestionStore store;
    private ToolkitEngine engine;
    private Toolkit toolkit;
    private ToolkitEngine baseline;
    private Toolkit baselineToolkit;

    @Setup(Level.Trial)
    public void setUp() {
        store =
                JdbcQuestionStore.connect(
                        "jdbc:h2:mem:faq-" + published + ";DB_CLOSE_DELAY=-1", "sa", "");
        var moderation = new Moderation(store, Clock.systemUTC(), Notices.none());
        for (int i = 0; i < published; i++) {
            Question question =
                    store.add(
                            new Submission(
                                    "How do we commission service " + i + " with a partner?",
                                    Optional.empty(),
                                    Locale.ENGLISH,
                                    Question.Asker.NOBODY,
                                    "token-" + i,
                                    Optional.empty()),
                            Instant.now(),
                            r -> List.of());
            moderation.answer(
                    question.reference(),
                    "E3M",
                    "Start with *what the service is for*, then choose the route: " + i + ".",
                    "benchmark");
            moderation.publish(question.reference(), "benchmark");
        }
        engine =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .source(new PublishedQuestions(store, Optional.of("community-questions")))
                        .cacheBytes(0)
                        .build();
        toolkit = engine.toolkit();
        if (toolkit.list(ItemType.FAQ, Locale.ENGLISH).size() < published) {
            throw new IllegalStateException("the published questions did not load");
        }
        baseline = ToolkitEngine.builder().source(BundledToolkit.source()).cacheBytes(0).build();
        baselineToolkit = baseline.toolkit();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        store.close();
    }

    @Benchmark
    public String faqPage() {
        return engine.render(toolkit, View.list(ItemType.FAQ), "html", PAGE).content();
    }

    @Benchmark
    public String baselineBundledFaqPage() {
        return baseline.render(baselineToolkit, View.list(ItemType.FAQ), "html", PAGE).content();
    }
}
