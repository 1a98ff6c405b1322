/**
 * Plugins an outside project writes: they see only the toolkit's exported packages, so this module
 * compiles only while everything a plugin needs is exported.
 */
module com.example.toolkit {
    requires transitive org.artofthepossible.toolkit.content;
    requires transitive org.artofthepossible.toolkit.render.html;

    exports com.example.toolkit;

    provides org.artofthepossible.toolkit.spi.ContentLoaderProvider with
            com.example.toolkit.PropertiesLoaderProvider;
    provides org.artofthepossible.toolkit.spi.RendererProvider with
            com.example.toolkit.CsvRendererProvider;
    provides org.artofthepossible.toolkit.spi.ValidationRuleProvider with
            com.example.toolkit.TitleStyleRuleProvider;
    provides org.artofthepossible.toolkit.render.html.MarkupOverride with
            com.example.toolkit.PartnersFirstOverride;
}
