package org.artofthepossible.toolkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.RendererProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginRegistryTest {
    @TempDir Path dir;

    /**
     * A class loader that sees this module's classes plus a services file listing {@code lines}.
     */
    private ClassLoader servicesListing(String... lines) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(
                services.resolve(RendererProvider.class.getName()),
                String.join("\n", lines) + "\n");
        return new URLClassLoader(new URL[] {dir.toUri().toURL()}, getClass().getClassLoader());
    }

    @Test
    void namesTheArtifactToAddWhenNoRendererProvidesAKnownFormat() {
        PluginRegistry registry = PluginRegistry.builder().discover(false).build();

        assertThat(registry.problems()).isEmpty();
        assertThatThrownBy(() -> registry.renderer("html"))
                .isInstanceOf(PluginException.class)
                .hasMessage(
                        "no renderer for format 'html': add org.artofthepossible:toolkit-render-html to"
                                + " the class path or module path (available: [])");
        assertThatThrownBy(() -> registry.renderer("pdf"))
                .hasMessage(
                        "no renderer for format 'pdf': no known artifact provides it; register a provider"
                                + " with ToolkitEngine.builder() (available: [])");
    }

    @Test
    void reportsABrokenProviderWithItsClassNameAndKeepsTheOthers() throws IOException {
        PluginRegistry registry =
                PluginRegistry.builder()
                        .classLoader(
                                servicesListing(
                                        TestRenderers.Broken.class.getName(),
                                        "org.example.Missing",
                                        TestRenderers.Text.class.getName()))
                        .build();

        assertThat(registry.problems())
                .containsExactly(
                        "could not load a RendererProvider: "
                                + RendererProvider.class.getName()
                                + ": Provider "
                                + TestRenderers.Broken.class.getName()
                                + " could not be instantiated; caused by java.lang.IllegalStateException:"
                                + " needs a licence key",
                        "could not load a RendererProvider: "
                                + RendererProvider.class.getName()
                                + ": Provider org.example.Missing not found");
        assertThat(registry.renderer("text")).isInstanceOf(TestRenderers.Text.class);
        assertThat(registry.plugins())
                .singleElement()
                .satisfies(
                        p -> {
                            assertThat(p.kind()).isEqualTo(PluginRegistry.Kind.RENDERER);
                            assertThat(p.className()).isEqualTo(TestRenderers.Text.class.getName());
                            assertThat(p.origin()).endsWith("/");
                        });
    }

    @Test
    void aProviderThatThrowsWhenAskedItsFormatIsReportedAndLeftOut() throws IOException {
        PluginRegistry registry =
                PluginRegistry.builder()
                        .classLoader(
                                servicesListing(
                                        TestRenderers.NoFormat.class.getName(),
                                        TestRenderers.Text.class.getName()))
                        .build();

        assertThat(registry.problems())
                .singleElement()
                .asString()
                .startsWith(
                        "the renderer provider " + TestRenderers.NoFormat.class.getName() + " (")
                .endsWith(
                        ") failed in format(): java.lang.IllegalStateException: no format today;"
                                + " it is not used");
        assertThat(registry.formats()).containsExactly("text");
    }

    @Test
    void aRendererOfNoViewsOrThatFailsToBeCreatedIsAPluginErrorAndAProblem() {
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .discoverPlugins(false)
                        .source(ContentSource.of("empty", Fixtures.content().build()))
                        .renderer(new TestRenderers.NoViews())
                        .renderer(new TestRenderers.FailsToCreate())
                        .build();

        assertThatThrownBy(() -> engine.render(View.home(), "empty"))
                .isInstanceOf(PluginException.class)
                .hasMessage(
                        "the renderer provider "
                                + TestRenderers.NoViews.class.getName()
                                + " failed in supportedViews(): it renders no view");
        assertThatThrownBy(() -> engine.render(View.home(), "fragile"))
                .isInstanceOf(PluginException.class)
                .hasMessage(
                        "the renderer provider "
                                + TestRenderers.FailsToCreate.class.getName()
                                + " failed in create() or supportedViews():"
                                + " java.lang.IllegalStateException: missing template");
        assertThat(engine.plugins().problems()).hasSize(2);
    }

    @Test
    void reportsTwoProvidersForOneFormatWithBothNamesAndHowToChoose() throws IOException {
        PluginRegistry registry =
                PluginRegistry.builder()
                        .classLoader(
                                servicesListing(
                                        TestRenderers.Text.class.getName(),
                                        TestRenderers.OtherText.class.getName()))
                        .build();

        String expected =
                "2 renderer providers for 'text': "
                        + TestRenderers.Text.class.getName()
                        + " ("
                        + registry.plugins().get(0).origin()
                        + "), "
                        + TestRenderers.OtherText.class.getName()
                        + " ("
                        + registry.plugins().get(1).origin()
                        + "); register the one to use with ToolkitEngine.builder().renderer(...), or"
                        + " remove the other jar";
        assertThat(registry.problems()).containsExactly(expected);
        assertThatThrownBy(() -> registry.renderer("text"))
                .isInstanceOf(PluginException.class)
                .hasMessage(expected);
    }

    @Test
    void anExplicitRegistrationWinsOverDiscoveredProviders() throws IOException {
        var chosen = new TestRenderers.OtherText();
        PluginRegistry registry =
                PluginRegistry.builder()
                        .renderer(chosen)
                        .classLoader(
                                servicesListing(
                                        TestRenderers.Text.class.getName(),
                                        TestRenderers.OtherText.class.getName()))
                        .build();

        assertThat(registry.problems()).isEmpty();
        assertThat(registry.renderer("text")).isSameAs(chosen);
        assertThat(registry.plugins())
                .first()
                .extracting(PluginRegistry.Plugin::origin)
                .isEqualTo("registered");
    }

    @Test
    void refusesTwoExplicitRenderersForOneFormat() {
        assertThatThrownBy(
                        () ->
                                PluginRegistry.builder()
                                        .renderer(new TestRenderers.Text())
                                        .renderer(new TestRenderers.OtherText()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage(
                        "two renderers registered for format 'text': "
                                + TestRenderers.Text.class.getName()
                                + " and "
                                + TestRenderers.OtherText.class.getName());
    }
}
