/** The {@code html} renderer of the toolkit library. */
// ICU4J is an automatic module; its name, com.ibm.icu, is set in its manifest.
@SuppressWarnings("requires-automatic")
module org.artofthepossible.toolkit.render.html {
    requires transitive org.artofthepossible.toolkit.core;
    requires com.github.benmanes.caffeine;
    requires org.commonmark;
    requires owasp.encoder;
    requires com.ibm.icu;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.render.html;

    uses org.artofthepossible.toolkit.render.html.MarkupOverride;

    provides org.artofthepossible.toolkit.spi.RendererProvider with
            org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
    provides org.artofthepossible.toolkit.spi.ValidationRuleProvider with
            org.artofthepossible.toolkit.render.html.MarkdownRuleProvider,
            org.artofthepossible.toolkit.render.html.IconRuleProvider;
}
