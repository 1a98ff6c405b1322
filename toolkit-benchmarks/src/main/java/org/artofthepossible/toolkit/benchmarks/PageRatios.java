package org.artofthepossible.toolkit.benchmarks;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Measures the page renderer and its two baselines from {@link HtmlPageBenchmark} in turns in one
 * JVM, and prints each one's throughput in every round as one JSON object.
 *
 * <p>JMH runs each benchmark in forks of its own, one after another. On the shared machines these
 * figures come from, a JVM at times runs at about half its speed for seconds or minutes, whatever
 * page it writes, so one benchmark's forks can run in that state and its baseline's not. Here each
 * round gives every writer a turn of {@value #TURN_MILLIS} ms, the first turn passing from one to
 * the next each round, so a ratio of one round compares writers in the same state. {@code
 * toolkit-benchmarks/run} runs it beside the JMH benchmarks and {@code report.py} reports the
 * median of the rounds' ratios.
 */
public final class PageRatios {
    private static final int TURN_MILLIS = 400;

    /** Rounds before the measured ones: about as long as JMH's warm-up of each benchmark. */
    private static final int WARM_UP_ROUNDS = 15;

    private static final int ROUNDS = 40;

    private PageRatios() {}

    /**
     * Measures and prints {@code {"turnMillis": ..., "renderer": [ops/ms of each round], ...}}.
     *
     * @param args ignored
     */
    public static void main(String[] args) {
        var page = new HtmlPageBenchmark();
        page.setUp();
        List<String> names = List.of("renderer", "baselineHandWritten", "baselineMustache");
        List<Supplier<String>> writers =
                List.of(page::renderer, page::baselineHandWritten, page::baselineMustache);
        double[][] throughput = new double[writers.size()][ROUNDS];
        long written = 0;
        for (int round = -WARM_UP_ROUNDS; round < ROUNDS; round++) {
            for (int turn = 0; turn < writers.size(); turn++) {
                int writer = Math.floorMod(round + turn, writers.size());
                Supplier<String> write = writers.get(writer);
                long start = System.nanoTime();
                long end = start + TURN_MILLIS * 1_000_000L;
                long now;
                long pages = 0;
                while ((now = System.nanoTime()) < end) {
                    written += write.get().length();
                    pages++;
                }
                if (round >= 0) {
                    throughput[writer][round] = pages / ((now - start) / 1e6);
                }
            }
        }
        if (written == 0) { // also keeps the pages from being optimised away
            throw new IllegalStateException("no page was written");
        }
        var json = new StringBuilder("{\"turnMillis\": ").append(TURN_MILLIS);
        for (int writer = 0; writer < writers.size(); writer++) {
            json.append(", \"").append(names.get(writer)).append("\": [");
            for (int round = 0; round < ROUNDS; round++) {
                json.append(round > 0 ? ", " : "")
                        .append(String.format(Locale.ROOT, "%.3f", throughput[writer][round]));
            }
            json.append(']');
        }
        System.out.println(json.append('}'));
    }
}
