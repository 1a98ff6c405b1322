/** The {@code json} renderer of the toolkit library. */
module org.artofthepossible.toolkit.render.json {
    requires transitive org.artofthepossible.toolkit.core;
    requires com.fasterxml.jackson.databind;
    requires com.fasterxml.jackson.datatype.jdk8;
    requires com.fasterxml.jackson.datatype.jsr310;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.render.json;

    provides org.artofthepossible.toolkit.spi.RendererProvider with
            org.artofthepossible.toolkit.render.json.JsonRendererProvider;
}
