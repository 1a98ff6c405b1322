/**
 * The toolkit's content model, snapshot and queries, validation, plugin registry and rendering
 * engine. Loaders and renderers are plugins found through the service interfaces it uses.
 */
module org.artofthepossible.toolkit.core {
    requires com.github.benmanes.caffeine;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit;
    exports org.artofthepossible.toolkit.model;
    exports org.artofthepossible.toolkit.spi;
    exports org.artofthepossible.toolkit.validation;

    uses org.artofthepossible.toolkit.spi.ContentLoaderProvider;
    uses org.artofthepossible.toolkit.spi.RendererProvider;
    uses org.artofthepossible.toolkit.spi.ValidationRuleProvider;
}
