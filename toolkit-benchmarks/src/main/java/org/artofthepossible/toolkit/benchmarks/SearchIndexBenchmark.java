package org.artofthepossible.toolkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.search.internal.SnapshotIndex;
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
 * Indexing a snapshot of {@code items} synthetic case studies for search, beside loading and
 * validating the same folder (the baseline): what a reload costs with search, and whether indexing
 * scales linearly. {@code toolkit-benchmarks/run-search} runs it with single shots, since one index
 * of 100,000 items takes seconds.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class SearchIndexBenchmark {
    @Param({"1000", "10000", "100000"})
    public int items;

    private Path folder;
    private Toolkit toolkit;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        folder = SyntheticContent.write(Files.createTempDirectory("toolkit-search-"), items);
        toolkit = baselineLoadAndValidate();
        if (toolkit.items().size() != items) {
            throw new IllegalStateException("synthetic content should load cleanly");
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        SyntheticContent.delete(folder);
    }

    @Benchmark
    public SnapshotIndex index() {
        return SnapshotIndex.build(toolkit);
    }

    @Benchmark
    public Toolkit baselineLoadAndValidate() {
        return ToolkitEngine.builder().source(DirectorySource.of(folder)).build().toolkit();
    }
}
