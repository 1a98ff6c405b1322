package org.artofthepossible.toolkit.spi;

/** What a {@link ContentLoaderProvider} is told when it creates its loader. */
public interface LoaderContext {

    /**
     * Returns the largest file, in bytes, a loader is handed.
     *
     * @return the limit; 1 MiB unless the engine was configured otherwise
     */
    long maxFileBytes();
}
