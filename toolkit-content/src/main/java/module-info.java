/** Content sources and loaders of the toolkit library. */
module org.artofthepossible.toolkit.content {
    requires transitive org.artofthepossible.toolkit.core;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.content;
}
