/**
 * Full-text search of a toolkit snapshot with Apache Lucene. {@link
 * org.artofthepossible.toolkit.search.ToolkitSearch} indexes a snapshot in memory, once per content
 * version, and answers {@link org.artofthepossible.toolkit.search.SearchRequest}s with {@link
 * org.artofthepossible.toolkit.SearchResults} that every renderer renders.
 */
module org.artofthepossible.toolkit.search {
    requires transitive org.artofthepossible.toolkit.core;
    requires com.github.benmanes.caffeine;
    requires org.apache.lucene.core;
    requires org.apache.lucene.analysis.common;
    requires org.apache.lucene.queryparser;
    requires org.apache.lucene.highlighter;
    requires org.apache.lucene.facet;
    requires org.apache.lucene.suggest;
    requires org.commonmark;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.search;
}
