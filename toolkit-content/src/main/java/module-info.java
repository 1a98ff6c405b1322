/**
 * Content sources (directory, class path, zip), loaders for Markdown with YAML front matter, YAML
 * and JSON, and the bundled E3M toolkit content.
 */
// harrel's JSON Schema validator ships no module descriptor: an automatic module, by its file name.
@SuppressWarnings("requires-automatic")
module org.artofthepossible.toolkit.content {
    requires transitive org.artofthepossible.toolkit.core;
    requires com.fasterxml.jackson.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.dataformat.yaml;
    requires json.schema;
    requires org.yaml.snakeyaml;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.content;

    provides org.artofthepossible.toolkit.spi.ContentLoaderProvider with
            org.artofthepossible.toolkit.content.internal.MarkdownLoaderProvider,
            org.artofthepossible.toolkit.content.internal.YamlLoaderProvider,
            org.artofthepossible.toolkit.content.internal.JsonLoaderProvider;
}
