package com.example.toolkit;

import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.ContentLoaders;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.render.html.HtmlRendererProvider;
import org.artofthepossible.toolkit.render.html.IconRuleProvider;
import org.artofthepossible.toolkit.render.html.MarkdownRuleProvider;
import org.junit.jupiter.api.Test;

/** The example plugins, found by discovery and registered by hand. */
class ExamplePluginsTest {
    private static final Path CONTENT = Path.of("src/test/resources/properties-content");

    @Test
    void discoveredOnTheClassPathThePropertiesLoaderReadsItemsLikeTheBundledFormats() {
        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(CONTENT)).build();

        assertThat(engine.plugins().problems()).isEmpty();
        assertThat(engine.toolkit().item("about", Locale.ENGLISH)).isPresent();
        assertThat(engine.toolkit().item("harbour", Locale.ENGLISH))
                .hasValueSatisfying(
                        study -> assertThat(study.terms().in("theme")).containsExactly("health"));
    }

    @Test
    void aBrokenPropertiesFileHasEveryProblemReportedAtOnceWithLineAndColumn() {
        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(CONTENT)).build();

        String file = "case-studies/broken.properties";
        assertThat(engine).hasDiagnostic("wrong-type").at(file, 3, 9).onField("order");
        assertThat(engine).hasDiagnostic("unknown-term").at(file, 4, 15).onField("terms.theme[0]");
        assertThat(engine).hasDiagnostic("dangling-reference").at(file, 5, 11);
        assertThat(engine).hasDiagnostic(TitleStyleRuleProvider.CODE).at(file, 1, 9);
        assertThat(engine.toolkit().item("broken", Locale.ENGLISH)).isEmpty();
    }

    @Test
    void registeredExplicitlyEveryPluginWorksWithDiscoveryOff() {
        ToolkitEngine.Builder builder =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .source(DirectorySource.of(CONTENT.resolve("pages")))
                        .discoverPlugins(false);
        ContentLoaders.all().forEach(builder::loader);
        ToolkitEngine engine =
                builder.loader(new PropertiesLoaderProvider())
                        .renderer(
                                new HtmlRendererProvider(
                                        java.util.List.of(new PartnersFirstOverride())))
                        .renderer(new CsvRendererProvider())
                        .rule(new MarkdownRuleProvider())
                        .rule(new IconRuleProvider())
                        .rule(new TitleStyleRuleProvider())
                        .build();

        assertThat(engine.plugins().problems()).isEmpty();
        assertThat(engine.toolkit().list(ItemType.CASE_STUDY, Locale.ENGLISH)).hasSize(9);
        String csv =
                engine.render(View.list(ItemType.CASE_STUDY), "csv", RenderOptions.defaults())
                        .content();
        assertThat(csv).startsWith("id,title,href\r\n").contains("\"plymouth-alliance\",");
        String html =
                engine.render(View.item("plymouth-alliance"), "html", RenderOptions.defaults())
                        .content();
        assertThat(html).contains("<article class=\"partners-first\">", "Read the full story");
    }

    @Test
    void theReadmesExplicitRegistrationLoadsWhatDiscoveryLoads() {
        ToolkitEngine.Builder builder =
                ToolkitEngine.builder().source(BundledToolkit.source()).discoverPlugins(false);
        ContentLoaders.all().forEach(builder::loader);
        ToolkitEngine engine =
                builder.renderer(new HtmlRendererProvider())
                        .rule(new MarkdownRuleProvider())
                        .rule(new IconRuleProvider())
                        .build();
        ToolkitEngine discovered = ToolkitEngine.builder().source(BundledToolkit.source()).build();

        assertThat(engine.diagnostics()).isEmpty();
        assertThat(engine.toolkit().items()).isEqualTo(discovered.toolkit().items());
        assertThat(
                        engine.render(
                                        View.item("plymouth-alliance"),
                                        "html",
                                        RenderOptions.defaults())
                                .content())
                .contains("Plymouth");
    }
}
