package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.test.XssVectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MarkupOverrideTest {
    /**
     * Registered in this module's test META-INF/services; handles only the page "override-probe".
     */
    public static final class Probe implements MarkupOverride {
        /** Needed by ServiceLoader. */
        public Probe() {}

        @Override
        public boolean handles(View view, Toolkit toolkit) {
            return view instanceof View.ItemView item && item.id().equals("override-probe");
        }

        @Override
        public void write(HtmlWriter html, View view, Toolkit toolkit, RenderOptions options) {
            html.element("p", "written by the probe <override>", "class", "probe");
        }
    }

    @Test
    void replacesTheMarkupOfOneItemTypeAndKeepsThePageAroundIt() {
        MarkupOverride cards =
                MarkupOverride.forItems(
                        ItemType.CASE_STUDY,
                        (html, study, toolkit, options) ->
                                html.open("div", "class", "council-card")
                                        .element("h1", study.title())
                                        .element("p", study.summary())
                                        .close("div"));
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .renderer(new HtmlRendererProvider(List.of(cards)))
                        .build();

        Document study =
                Jsoup.parse(
                        engine.render(
                                        View.item("plymouth-alliance"),
                                        "html",
                                        RenderOptions.defaults()
                                                .withMode(RenderOptions.Mode.DOCUMENT))
                                .content());
        Document page = Jsoup.parse(engine.render(View.item("introduction"), "html").content());

        assertThat(study.select("main .council-card h1").text())
                .startsWith("The Plymouth Alliance");
        assertThat(study.select(".toolkit-facts")).isEmpty();
        assertThat(study.select("nav.toolkit-breadcrumbs, nav.toolkit-menu, nav.toolkit-pager"))
                .hasSize(3);
        assertThat(page.select("article.toolkit-page")).hasSize(1);
    }

    private static LoadedContent probeContent() {
        return LoadedContent.builder()
                .info(ToolkitInfo.of("T", "P", Locale.ENGLISH))
                .item(Page.of(ItemMetadata.builder("override-probe", "Probe").build()))
                .item(Page.of(ItemMetadata.builder("other", "Other").build()))
                .build();
    }

    @Test
    void theDefaultProviderFindsOverridesWithServiceLoaderAndTheirTextIsEscaped() {
        ToolkitEngine engine =
                ToolkitEngine.builder().source(ContentSource.of("probe", probeContent())).build();

        String probe = engine.render(View.item("override-probe"), "html").content();
        String other = engine.render(View.item("other"), "html").content();

        assertThat(probe).contains("<p class=\"probe\">written by the probe &lt;override&gt;</p>");
        assertThat(other).doesNotContain("probe\"").contains("<h1>Other</h1>");
    }

    @Test
    void everyHostileInputAnOverrideWritesIntoAnyAttributeOrTextStaysInert() {
        var problems = new java.util.ArrayList<String>();
        var hostile = new java.util.concurrent.atomic.AtomicReference<String>();
        MarkupOverride writesEverything =
                MarkupOverride.forItems(
                        ItemType.CASE_STUDY,
                        (html, study, toolkit, options) -> {
                            String evil = hostile.get();
                            html.open("div", "class", evil, "title", evil, "id", evil)
                                    .open("a", "href", evil, "data-x", evil)
                                    .text(evil)
                                    .close("a")
                                    // Attribute names are case-insensitive: a URL is a URL.
                                    .open("a", "HREF", evil, "Ping", evil)
                                    .close("a")
                                    .open("img", "src", evil, "alt", evil)
                                    .open("blockquote", "cite", evil)
                                    .close("blockquote")
                                    .link(evil, evil, "title", evil)
                                    .element("p", evil, "lang", evil)
                                    .markdown(evil)
                                    .close("div");
                        });
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .cacheBytes(0)
                        .renderer(new HtmlRendererProvider(List.of(writesEverything)))
                        .build();
        for (String evil : XssVectors.all()) {
            hostile.set(evil);
            String page =
                    engine.render(
                                    View.item("plymouth-alliance"),
                                    "html",
                                    RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT))
                            .content();
            for (String problem : org.artofthepossible.toolkit.test.HtmlSafety.problems(page)) {
                problems.add(evil + " -> " + problem);
            }
        }

        assertThat(problems).isEmpty();
    }

    @Test
    void anOverrideCannotOpenAScriptOrWriteAnEventHandler() {
        for (MarkupOverride.ItemWriter writer :
                List.<MarkupOverride.ItemWriter>of(
                        (html, item, toolkit, options) -> html.open("script").close("script"),
                        (html, item, toolkit, options) -> html.element("p", "x", "onclick", "x()"),
                        (html, item, toolkit, options) -> html.element("p", "x", "style", "x"),
                        (html, item, toolkit, options) -> html.element("p", "x", "a b", "x"),
                        (html, item, toolkit, options) -> html.open("iframe"))) {
            ToolkitEngine engine =
                    ToolkitEngine.builder()
                            .source(BundledToolkit.source())
                            .renderer(
                                    new HtmlRendererProvider(
                                            List.of(
                                                    MarkupOverride.forItems(
                                                            ItemType.CASE_STUDY, writer))))
                            .build();

            assertThatThrownBy(() -> engine.render(View.item("plymouth-alliance"), "html"))
                    .isInstanceOf(ToolkitException.class)
                    .hasMessageContaining("an HtmlWriter does not write");
        }
    }

    @Test
    void overridesAreFoundWithTheEnginesClassLoaderAndBrokenOnesAreItsProblems(
            @org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) throws Exception {
        java.nio.file.Path services = dir.resolve("META-INF/services");
        java.nio.file.Files.createDirectories(services);
        java.nio.file.Files.writeString(
                services.resolve(MarkupOverride.class.getName()), "org.example.MissingOverride\n");
        var loader =
                new java.net.URLClassLoader(
                        new java.net.URL[] {dir.toUri().toURL()}, getClass().getClassLoader());

        ToolkitEngine engine =
                ToolkitEngine.builder().source(BundledToolkit.source()).classLoader(loader).build();
        engine.render(View.home(), "html");

        assertThat(engine.plugins().problems())
                .singleElement()
                .asString()
                .contains("could not load a MarkupOverride")
                .contains("org.example.MissingOverride");
    }

    @Test
    void withDiscoveryOffNoOverrideIsFound() {
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .discoverPlugins(false)
                        .source(ContentSource.of("probe", probeContent()))
                        .renderer(new HtmlRendererProvider())
                        .build();

        assertThat(engine.render(View.item("override-probe"), "html").content())
                .doesNotContain("written by the probe");
    }
}
