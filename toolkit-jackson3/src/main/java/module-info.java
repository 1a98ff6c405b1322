/**
 * The toolkit's canonical JSON through Jackson 3: {@link
 * org.artofthepossible.toolkit.jackson3.ToolkitJackson3Module}.
 */
// Named after the Jackson major version it serves, terminal digit and all.
@SuppressWarnings("module")
module org.artofthepossible.toolkit.jackson3 {
    requires transitive org.artofthepossible.toolkit.render.json;
    requires transitive tools.jackson.databind;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.jackson3;

    provides tools.jackson.databind.JacksonModule with
            org.artofthepossible.toolkit.jackson3.ToolkitJackson3Module;
}
