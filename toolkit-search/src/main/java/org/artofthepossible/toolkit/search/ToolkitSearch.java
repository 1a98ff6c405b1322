package org.artofthepossible.toolkit.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.util.Objects;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.search.internal.SnapshotIndex;

/**
 * Searches toolkit snapshots with Apache Lucene. Every published item of every type is indexed, in
 * each of the toolkit's locales: its title, organisation and place names and term labels, summary
 * and body. English words are stemmed ("partnerships" finds "partnership"), Welsh mutations folded
 * ("gaffael" finds "caffael"), and a word a letter or two off still matches ("aliance" finds
 * "alliance"). Results carry highlighted snippets, facet counts per vocabulary and, for a word the
 * content lacks, a spelling to try.
 *
 * <p>One search serves every snapshot it is given, and indexes each snapshot once, on first use (or
 * ahead of it, with {@link #prepare}). An index lives as long as its snapshot is in use, and goes
 * with it: a request still holding the snapshot from before a reload is answered from that
 * snapshot's own index, and the search keeps no snapshot alive. A search never sees a half-built
 * index or an index of another snapshot. Thread-safe.
 *
 * <pre>{@code
 * ToolkitSearch search = ToolkitSearch.create();
 * Toolkit snapshot = engine.toolkit();
 * SearchResults results = search.search(snapshot, SearchRequest.of("social impact bond"));
 * String page = engine.render(snapshot, View.search(results), "html", options).content();
 * }</pre>
 */
public final class ToolkitSearch {
    // Keyed by the snapshot itself, held weakly: an index lives as long as its snapshot is in use.
    // Cleaning up is a map removal, done on the caller's thread rather than the common pool.
    private final Cache<Toolkit, SnapshotIndex> indexes =
            Caffeine.newBuilder().weakKeys().executor(Runnable::run).build();

    private ToolkitSearch() {}

    /**
     * Creates a search with no index yet.
     *
     * @return the search
     */
    public static ToolkitSearch create() {
        return new ToolkitSearch();
    }

    /**
     * Searches a snapshot, indexing it first when it has no index yet. Render the results with the
     * same snapshot, as {@link View#search(SearchResults)}.
     *
     * @param toolkit the snapshot
     * @param request the words, filter, locale and page
     * @return one page of results; no hits for a query without words
     */
    public SearchResults search(Toolkit toolkit, SearchRequest request) {
        Objects.requireNonNull(request, "request");
        return indexOf(toolkit).search(toolkit, request);
    }

    /**
     * Indexes a snapshot now, so that its first search does not wait; a server calls it after each
     * reload. Does nothing for a snapshot already indexed.
     *
     * @param toolkit the snapshot
     */
    public void prepare(Toolkit toolkit) {
        indexOf(toolkit);
    }

    private SnapshotIndex indexOf(Toolkit toolkit) {
        Objects.requireNonNull(toolkit, "toolkit");
        // Concurrent searches of a new snapshot wait for one build rather than each making one.
        return indexes.get(toolkit, SnapshotIndex::build);
    }
}
