package org.artofthepossible.toolkit;

import static org.artofthepossible.toolkit.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;

import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.junit.jupiter.api.Test;

class CleanUrlsTest {
    private final Toolkit toolkit = Fixtures.toolkit();

    @Test
    void eachCleanUrlShowsTheViewLinkResolverCleanUrlsLinksItFrom() {
        assertThat(CleanUrls.view("/", toolkit, EN)).contains(View.home());
        assertThat(CleanUrls.view("menu", toolkit, EN)).contains(View.menu());
        assertThat(CleanUrls.view("/case-studies/", toolkit, EN))
                .contains(View.list(ItemType.CASE_STUDY));
        for (var item : toolkit.items()) {
            assertThat(CleanUrls.view(LinkResolver.CLEAN_URLS.href(item), toolkit, EN))
                    .as(item.id())
                    .contains(View.item(item.id()));
        }
    }

    @Test
    void aPathOfNoViewShowsNothing() {
        assertThat(CleanUrls.view("/pages/oldham/", toolkit, EN)).as("wrong folder").isEmpty();
        assertThat(CleanUrls.view("/case-studies/nowhere/", toolkit, EN)).isEmpty();
        assertThat(CleanUrls.view("/case-studies/oldham/more/", toolkit, EN)).isEmpty();
        assertThat(CleanUrls.view("/elsewhere/", toolkit, EN)).isEmpty();
    }

    @Test
    void aListsQueryFiltersItAndUnknownVocabulariesAreDropped() {
        assertThat(
                        CleanUrls.view(
                                "/case-studies/",
                                "procurement-route=alliance-contract&colour=red",
                                toolkit,
                                EN))
                .contains(
                        View.list(
                                ItemType.CASE_STUDY,
                                TermFilter.allOf(
                                        TermRef.of("procurement-route", "alliance-contract"))));
        assertThat(CleanUrls.filter("colour=red", toolkit)).isEqualTo(TermFilter.none());
        assertThat(CleanUrls.view("/case-studies/oldham/", "theme=health", toolkit, EN))
                .contains(View.item("oldham"));
    }
}
