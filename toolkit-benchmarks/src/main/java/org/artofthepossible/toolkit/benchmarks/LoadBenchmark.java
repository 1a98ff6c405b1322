package org.artofthepossible.toolkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.DirectorySource;
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
 * Loading and validating a folder of {@code items} synthetic case studies, as an engine does when
 * it is built. The time per item at 100,000 items should be at most 1.2 times the time per item at
 * 1,000: loading must scale linearly. {@code toolkit-benchmarks/run} runs it in its own JMH run,
 * with fewer iterations, since one load of 100,000 items takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LoadBenchmark {
    @Param({"1000", "10000", "100000"})
    public int items;

    private Path folder;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = SyntheticContent.write(Files.createTempDirectory("toolkit-load-"), items);
        var engine = ToolkitEngine.builder().source(DirectorySource.of(folder)).build();
        if (!engine.diagnostics().isEmpty() || engine.toolkit().items().size() != items) {
            throw new IllegalStateException(
                    "synthetic content should load cleanly: " + engine.diagnostics());
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        SyntheticContent.delete(folder);
    }

    @Benchmark
    public Toolkit loadAndValidate() {
        return ToolkitEngine.builder().source(DirectorySource.of(folder)).build().toolkit();
    }
}
