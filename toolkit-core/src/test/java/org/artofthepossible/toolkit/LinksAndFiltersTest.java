package org.artofthepossible.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.util.Locale;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.junit.jupiter.api.Test;

/** Filtered list links, the query codec and absolute URLs. */
class LinksAndFiltersTest {
    private static final TermFilter HEALTH = TermFilter.allOf(TermRef.of("theme", "health"));

    @Test
    void aFilterRoundTripsThroughItsQuery() {
        TermFilter both =
                TermFilter.allOf(
                        TermRef.of("theme", "health"),
                        TermRef.of("procurement-route", "alliance-contract"));
        TermFilter either =
                TermFilter.anyOf(TermRef.of("theme", "health"), TermRef.of("theme", "housing"));

        assertThat(both.toQuery()).isEqualTo("theme=health&procurement-route=alliance-contract");
        assertThat(TermFilter.fromQuery(both.toQuery())).isEqualTo(both);
        assertThat(either.toQuery()).isEqualTo("theme=health&theme=housing&match=any");
        assertThat(TermFilter.fromQuery(either.toQuery())).isEqualTo(either);
        assertThat(TermFilter.none().toQuery()).isEmpty();
        TermFilter eachOf =
                TermFilter.anyInEachVocabulary(
                        TermRef.of("theme", "health"),
                        TermRef.of("theme", "housing"),
                        TermRef.of("region", "london"));
        assertThat(eachOf.toQuery()).isEqualTo("theme=health&theme=housing&region=london");
        assertThat(TermFilter.fromQuery(eachOf.toQuery())).isEqualTo(eachOf);
        TermFilter bothThemes =
                TermFilter.allOf(TermRef.of("theme", "health"), TermRef.of("theme", "housing"));
        assertThat(bothThemes.toQuery()).isEqualTo("theme=health&theme=housing&match=all");
        assertThat(TermFilter.fromQuery(bothThemes.toQuery())).isEqualTo(bothThemes);
    }

    @Test
    void aQueryIsReadForItsTermsAlone() {
        assertThat(
                        TermFilter.fromQuery(
                                "utm_source=mail&theme=health&x=%zz&Theme=Bad&theme=health&flag"))
                .isEqualTo(HEALTH);
        assertThat(TermFilter.fromQuery(null)).isEqualTo(TermFilter.none());
        assertThat(TermFilter.fromQuery("utm_source=mail")).isEqualTo(TermFilter.none());
    }

    @Test
    void aFilteredListLinkKeepsTheHostsOwnQueryAndFragment() {
        LinkResolver cms =
                new LinkResolver() {
                    @Override
                    public String href(ContentItem item) {
                        return "/index.php?item=" + item.id();
                    }

                    @Override
                    public String listHref(ItemType type) {
                        return "/index.php?list=" + type.plural() + "#results";
                    }
                };

        assertThat(cms.listHref(ItemType.CASE_STUDY, HEALTH, Locale.ENGLISH))
                .isEqualTo("/index.php?list=case-studies&theme=health#results");
        assertThat(LinkResolver.CLEAN_URLS.listHref(ItemType.FAQ, HEALTH, Locale.ENGLISH))
                .isEqualTo("/faqs/?theme=health");
        assertThat(
                        LinkResolver.CLEAN_URLS.listHref(
                                ItemType.FAQ, TermFilter.none(), Locale.ENGLISH))
                .isEqualTo("/faqs/");
    }

    @Test
    void absoluteUrlsKeepTheBaseUrlsPath() {
        RenderOptions site =
                RenderOptions.defaults().withBaseUrl(URI.create("https://example.gov.uk/toolkit"));

        assertThat(site.absolute("/case-studies/oldham/"))
                .hasValue("https://example.gov.uk/toolkit/case-studies/oldham/");
        assertThat(site.absolute("faqs/")).hasValue("https://example.gov.uk/toolkit/faqs/");
        assertThat(site.absolute("https://other.example/x")).hasValue("https://other.example/x");
        assertThat(RenderOptions.defaults().absolute("/faqs/")).isEmpty();
    }
}
