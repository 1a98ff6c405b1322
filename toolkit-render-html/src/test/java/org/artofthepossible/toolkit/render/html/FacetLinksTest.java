package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/** Facet links come from the link resolver, so a host's URL scheme holds for filtered lists too. */
class FacetLinksTest {
    private static final LinkResolver CMS =
            new LinkResolver() {
                @Override
                public String href(ContentItem item) {
                    return "/index.php?item=" + item.id();
                }

                @Override
                public String listHref(ItemType type) {
                    return "/index.php?list=" + type.plural();
                }
            };

    @Test
    void aResolverWithItsOwnQueryGetsWellFormedFacetLinks() {
        String html =
                BundledPages.render(
                        View.list(
                                ItemType.CASE_STUDY,
                                TermFilter.allOf(TermRef.of("theme", "health-and-wellbeing"))),
                        RenderOptions.defaults().withLinks(CMS));

        List<String> facets = Jsoup.parse(html).select("nav.toolkit-facets a").eachAttr("href");
        assertThat(facets).isNotEmpty();
        assertThat(facets)
                .allSatisfy(
                        href ->
                                assertThat(href)
                                        .startsWith("/index.php?list=case-studies")
                                        .doesNotContain("case-studies?"));
        assertThat(facets).contains("/index.php?list=case-studies");
        assertThat(facets.stream().filter(h -> h.contains("&procurement-route="))).isNotEmpty();
    }
}
