package org.artofthepossible.toolkit.spi;

import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.ForkJoinPool;

/** What a {@link ContentSource} may use while it reads: the loaders and the limits in force. */
public interface SourceContext {

    /**
     * Finds the loader for a file, by the file's extension.
     *
     * @param fileName a file name or path, for example {@code case-studies/oldham.md}
     * @return the loader, or empty when no loader takes that extension
     */
    Optional<ContentLoader> loaderFor(String fileName);

    /**
     * Returns every extension some loader takes, lower case without the dot.
     *
     * @return for example {@code [md, yaml, yml, json]}
     */
    Set<String> extensions();

    /**
     * Returns the largest file, in bytes, that a source should read.
     *
     * @return the limit; 1 MiB unless the engine was configured otherwise
     */
    long maxFileBytes();

    /**
     * Returns where a source may read and parse files in parallel: the engine's executor (see
     * {@code ToolkitEngine.Builder.executor}). This default, for contexts made outside an engine,
     * is the common fork-join pool.
     *
     * @return the executor
     */
    default Executor executor() {
        return ForkJoinPool.commonPool();
    }
}
