package org.artofthepossible.toolkit.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.spi.RendererProvider;
import org.junit.jupiter.api.Test;

/** The README's search example, as written there. */
class SearchExampleTest {
    /** A stand-in for the html renderer, which this module does not depend on. */
    public static final class TitlesProvider implements RendererProvider {
        @Override
        public String format() {
            return "html";
        }

        @Override
        public Renderer create(org.artofthepossible.toolkit.spi.RendererContext context) {
            return new Renderer() {
                @Override
                public String mediaType() {
                    return "text/plain";
                }

                @Override
                public java.util.Set<View.Kind> supportedViews() {
                    return java.util.EnumSet.of(View.Kind.SEARCH);
                }

                @Override
                public String render(View view, Toolkit toolkit, RenderOptions options) {
                    var titles = new StringBuilder();
                    ((View.SearchView) view)
                            .results()
                            .hits()
                            .forEach(hit -> titles.append(hit.item().title()).append('\n'));
                    return titles.toString();
                }
            };
        }
    }

    @Test
    void theReadmeExampleFindsTheSocialImpactBond() {
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .renderer(new TitlesProvider())
                        .build();

        // From the README's "Search" section:
        ToolkitSearch search = ToolkitSearch.create(); // one for the application, like the engine
        Toolkit snapshot = engine.toolkit();
        SearchResults results =
                search.search(
                        snapshot,
                        SearchRequest.of("social impact bond")
                                .withFilter(
                                        TermFilter.allOf(TermRef.of("theme", "transport-and-send")))
                                .withLocale(Locale.ENGLISH));
        String firstHit = results.hits().get(0).item().id(); // "hct-travel-training"
        String page =
                engine.render(snapshot, View.search(results), "html", RenderOptions.defaults())
                        .content();

        assertThat(firstHit).isEqualTo("hct-travel-training");
        assertThat(page).startsWith("HCT Group");
    }
}
