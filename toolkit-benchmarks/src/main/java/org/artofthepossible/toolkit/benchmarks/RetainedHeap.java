package org.artofthepossible.toolkit.benchmarks;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.DirectorySource;

/**
 * Prints, as one JSON object, the heap a loaded snapshot keeps per item for 1,000, 10,000 and
 * 100,000 synthetic case studies: the heap in use after garbage collection with the snapshot held,
 * less the heap in use before loading it. {@code toolkit-benchmarks/run} runs it beside the JMH
 * benchmarks and puts the figures in {@code BENCHMARKS.md}.
 */
public final class RetainedHeap {
    private static final int[] SIZES = {1_000, 10_000, 100_000};

    private RetainedHeap() {}

    /**
     * Measures every size.
     *
     * @param args ignored
     * @throws IOException when the synthetic content cannot be written
     */
    public static void main(String[] args) throws IOException {
        var json = new StringBuilder("{");
        for (int items : SIZES) {
            Path folder = SyntheticContent.write(Files.createTempDirectory("toolkit-heap-"), items);
            try {
                long before = usedAfterGc();
                Toolkit toolkit =
                        ToolkitEngine.builder()
                                .source(DirectorySource.of(folder))
                                .build()
                                .toolkit();
                long after = usedAfterGc();
                if (toolkit.items().size() != items) {
                    throw new IllegalStateException("expected " + items + " items: " + toolkit);
                }
                json.append(json.length() > 1 ? ", " : "")
                        .append('"')
                        .append(items)
                        .append("\": ")
                        .append((after - before) / items);
            } finally {
                SyntheticContent.delete(folder);
            }
        }
        System.out.println(json.append('}'));
    }

    private static long usedAfterGc() {
        var memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
