/**
 * The {@code json} renderer of the toolkit library, and the same canonical JSON through a Jackson
 * module and a Jakarta JSON Binding configuration.
 */
// The qualified export names a module built after this one: "module not found" is expected here.
@SuppressWarnings("module")
module org.artofthepossible.toolkit.render.json {
    requires transitive org.artofthepossible.toolkit.core;
    requires transitive com.fasterxml.jackson.databind;
    requires static transitive jakarta.json.bind;
    requires static transitive jakarta.json;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.render.json;
    // The canonical JSON walker, for the Jackson 3 module to drive.
    exports org.artofthepossible.toolkit.render.json.internal to
            org.artofthepossible.toolkit.jackson3;

    provides org.artofthepossible.toolkit.spi.RendererProvider with
            org.artofthepossible.toolkit.render.json.JsonRendererProvider,
            org.artofthepossible.toolkit.render.json.JsonLdRendererProvider;
    provides com.fasterxml.jackson.databind.Module with
            org.artofthepossible.toolkit.render.json.ToolkitJacksonModule;
}
