package org.artofthepossible.toolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.junit.jupiter.api.Test;

class ContentFilesTest {
    @Test
    void filesLoadOnTheExecutorsOwnThreadsAndTheCallers() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<String> loaded = new CopyOnWriteArrayList<>();
        SourceContext context = counting(threads, loaded, ForkJoinPool.commonPool());

        ContentFiles.load(entries(200), context);

        // Where the common pool has a single thread, CompletableFuture would start one per file.
        assertThat(threads.size()).isLessThanOrEqualTo(ForkJoinPool.getCommonPoolParallelism() + 1);
        assertThat(loaded).hasSize(200);
    }

    @Test
    void theCallingThreadLoadsWhatTheExecutorHasNotStarted() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<String> loaded = new CopyOnWriteArrayList<>();
        var queued = new ArrayList<Runnable>();
        SourceContext context = counting(threads, loaded, queued::add); // never runs them

        ContentFiles.load(entries(20), context);

        assertThat(threads).containsExactly(Thread.currentThread());
        assertThat(loaded).hasSize(20);
        queued.forEach(Runnable::run); // started too late: each file is loaded once
        assertThat(loaded).hasSize(20);
    }

    private static SourceContext counting(
            Set<Thread> threads, List<String> loaded, Executor executor) {
        return new SourceContext() {
            @Override
            public LoadedContent load(String path, Opener opener) {
                threads.add(Thread.currentThread());
                loaded.add(path);
                return LoadedContent.builder().build();
            }

            @Override
            public Set<String> extensions() {
                return Set.of("md");
            }

            @Override
            public long maxFileBytes() {
                return 1024;
            }

            @Override
            public Executor executor() {
                return executor;
            }
        };
    }

    private static List<ContentFiles.Entry> entries(int count) {
        return IntStream.range(0, count)
                .mapToObj(
                        i ->
                                new ContentFiles.Entry(
                                        "pages/p" + i + ".md",
                                        () -> new ByteArrayInputStream(new byte[0])))
                .toList();
    }
}
