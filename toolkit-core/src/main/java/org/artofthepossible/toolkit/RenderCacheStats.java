package org.artofthepossible.toolkit;

/**
 * Statistics of the engine's render cache since the engine was built.
 *
 * @param hits renders answered from the cache
 * @param misses renders that had to run a renderer
 * @param evictions entries dropped to stay within the size limit
 * @param entries entries held now
 * @param weightBytes the estimated size of the entries held now, in bytes
 * @param maxBytes the size limit, in bytes
 */
public record RenderCacheStats(
        long hits, long misses, long evictions, long entries, long weightBytes, long maxBytes) {

    /**
     * Returns the share of renders answered from the cache.
     *
     * @return from 0 to 1; 0 before the first render
     */
    public double hitRate() {
        long requests = hits + misses;
        return requests == 0 ? 0 : (double) hits / requests;
    }
}
