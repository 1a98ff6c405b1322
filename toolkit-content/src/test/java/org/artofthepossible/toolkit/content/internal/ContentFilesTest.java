package org.artofthepossible.toolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.IntStream;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.SourceContext;
import org.junit.jupiter.api.Test;

class ContentFilesTest {
    @Test
    void filesLoadOnTheExecutorsOwnThreads() {
        Set<Thread> threads = ConcurrentHashMap.newKeySet();
        List<String> loaded = new java.util.concurrent.CopyOnWriteArrayList<>();
        var context =
                new SourceContext() {
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
                        return ForkJoinPool.commonPool();
                    }
                };
        List<ContentFiles.Entry> entries =
                IntStream.range(0, 200)
                        .mapToObj(
                                i ->
                                        new ContentFiles.Entry(
                                                "pages/p" + i + ".md",
                                                () -> new ByteArrayInputStream(new byte[0])))
                        .toList();

        ContentFiles.load(entries, context);

        // Where the common pool has a single thread, CompletableFuture would start one per file.
        assertThat(threads.size()).isLessThanOrEqualTo(ForkJoinPool.getCommonPoolParallelism());
        assertThat(loaded).hasSize(200);
    }
}
