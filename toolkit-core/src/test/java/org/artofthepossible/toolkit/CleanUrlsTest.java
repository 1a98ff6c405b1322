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
        assertThat(CleanUrls.view("/accessibility/", toolkit, EN))
                .as("a toolkit with no accessibility statement")
                .isEmpty();
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

    @Test
    void aTermsPathShowsTheListNarrowedToItAndItsQueryNarrowsFurther() {
        TermRef alliance = TermRef.of("procurement-route", "alliance-contract");
        String path = CleanUrls.termListPath(ItemType.CASE_STUDY, alliance);

        assertThat(path).isEqualTo("/case-studies/procurement-route/alliance-contract/");
        assertThat(CleanUrls.view(path, toolkit, EN))
                .contains(View.list(ItemType.CASE_STUDY, TermFilter.allOf(alliance)));
        assertThat(CleanUrls.view(path, "theme=health", toolkit, EN))
                .contains(
                        View.list(
                                ItemType.CASE_STUDY,
                                TermFilter.allOf(alliance, TermRef.of("theme", "health"))));
        assertThat(CleanUrls.view("/case-studies/procurement-route/nowhere/", toolkit, EN))
                .as("a term the vocabulary lacks")
                .isEmpty();
        assertThat(CleanUrls.view("/case-studies/colour/red/", toolkit, EN)).isEmpty();
        assertThat(CleanUrls.listPath(ItemType.CASE_STUDY, TermFilter.allOf(alliance)))
                .isEqualTo(path);
        assertThat(CleanUrls.listPath(ItemType.FAQ, TermFilter.none())).isEqualTo("/faqs/");
    }

    @Test
    void severalTermsOfAQueryAreAlternativesWithinAVocabularyAndAllApplyAcrossVocabularies() {
        var view =
                CleanUrls.view(
                        "/case-studies/",
                        "procurement-route=alliance-contract&procurement-route=light-touch-regime"
                                + "&theme=health",
                        toolkit,
                        EN);
        TermFilter filter = ((View.ListView) view.orElseThrow()).filter();

        assertThat(filter.match()).isEqualTo(TermFilter.Match.ANY_IN_EACH_VOCABULARY);
        assertThat(toolkit.list(ItemType.CASE_STUDY, filter, EN))
                .extracting(i -> i.id())
                .containsExactly("leicestershire", "plymouth");
        var none =
                CleanUrls.view(
                        "/case-studies/",
                        "procurement-route=alliance-contract&theme=children",
                        toolkit,
                        EN);
        assertThat(
                        toolkit.list(
                                ItemType.CASE_STUDY,
                                ((View.ListView) none.orElseThrow()).filter(),
                                EN))
                .isEmpty();
    }
}
