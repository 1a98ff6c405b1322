package org.artofthepossible.toolkit;

import static org.artofthepossible.toolkit.Fixtures.CY;
import static org.artofthepossible.toolkit.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Locale;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.junit.jupiter.api.Test;

class ToolkitTest {
    private final Toolkit toolkit = Fixtures.toolkit();

    @Test
    void findsAnItemInTheReadersLocaleAndFallsBackAlongTheChain() {
        assertThat(toolkit.item("oldham", CY))
                .get()
                .extracting(ContentItem::title)
                .isEqualTo("Oldham (cy)");
        assertThat(toolkit.item("oldham", EN))
                .get()
                .extracting(ContentItem::title)
                .isEqualTo("Oldham");
        assertThat(toolkit.item("plymouth", CY))
                .get()
                .extracting(ContentItem::locale)
                .isEqualTo(EN);
        assertThat(toolkit.item("plymouth", Locale.forLanguageTag("en-GB"))).isPresent();
        assertThat(toolkit.item("nowhere", EN)).isEmpty();
    }

    @Test
    void findsAnItemByRecordType() {
        assertThat(toolkit.item(CaseStudy.class, "plymouth", EN)).isPresent();
        assertThat(toolkit.item(Page.class, "plymouth", EN)).isEmpty();
    }

    @Test
    void listsInOrderThenTitleAndLeavesDraftsOut() {
        LoadedContent content =
                Fixtures.content()
                        .item(Page.of(Fixtures.meta("draft-page", "Draft").draft(true).build()))
                        .build();
        Toolkit withDraft = Toolkit.load(content).toolkit();

        assertThat(withDraft.list(ItemType.CASE_STUDY, EN))
                .extracting(ContentItem::id)
                .containsExactly("leicestershire", "oldham", "plymouth");
        assertThat(withDraft.list(ItemType.CASE_STUDY, CY))
                .extracting(ContentItem::title)
                .containsExactly("Leicestershire", "Oldham (cy)", "Plymouth");
        assertThat(withDraft.list(ItemType.PAGE, EN))
                .extracting(ContentItem::id)
                .containsExactly("introduction");
        assertThat(withDraft.item("draft-page", EN)).isPresent();
        assertThat(withDraft.list(CaseStudy.class, EN))
                .hasSize(3)
                .allSatisfy(s -> assertThat(s.partners()).hasSize(1));
    }

    @Test
    void filtersByAnyOrAllTerms() {
        TermRef innovation = TermRef.of(Vocabulary.PROCUREMENT_ROUTE, "innovation-partnership");
        TermRef alliance = TermRef.of(Vocabulary.PROCUREMENT_ROUTE, "alliance-contract");
        TermRef health = TermRef.of(Vocabulary.THEME, "health");

        assertThat(toolkit.list(ItemType.CASE_STUDY, TermFilter.anyOf(innovation, alliance), EN))
                .extracting(ContentItem::id)
                .containsExactly("oldham", "plymouth");
        assertThat(toolkit.list(ItemType.CASE_STUDY, TermFilter.allOf(innovation, health), EN))
                .extracting(ContentItem::id)
                .containsExactly("oldham");
        assertThat(toolkit.list(ItemType.CASE_STUDY, TermFilter.allOf(innovation, alliance), EN))
                .isEmpty();
    }

    @Test
    void countsFacetsPerVocabularyInDeclarationOrderIncludingZeroes() {
        var facets = toolkit.facets(ItemType.CASE_STUDY, TermFilter.none(), EN);

        assertThat(facets.keySet())
                .containsExactly(
                        "theme",
                        "procurement-route",
                        "region",
                        "organisation-kind",
                        "document-kind");
        assertThat(facets.get("theme"))
                .containsExactly(
                        java.util.Map.entry("health", 3), java.util.Map.entry("children", 0));
        assertThat(facets.get("procurement-route"))
                .containsEntry("innovation-partnership", 1)
                .containsEntry("alliance-contract", 1);
    }

    @Test
    void keepsTheListsOfTheLastFiltersAskedFor() {
        var innovation =
                TermFilter.allOf(TermRef.of("procurement-route", "innovation-partnership"));
        var health = TermFilter.allOf(TermRef.of("theme", "health"));

        var list = toolkit.list(ItemType.CASE_STUDY, innovation, EN);

        assertThat(toolkit.list(ItemType.CASE_STUDY, innovation, EN)).isSameAs(list);
        assertThat(toolkit.list(ItemType.CASE_STUDY, health, EN))
                .extracting(ContentItem::id)
                .hasSize(3);
        assertThat(toolkit.list(ItemType.CASE_STUDY, innovation, CY)).isNotSameAs(list);
        assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsTheWholeListsFacetsOncePerSnapshotAndLocale() {
        var facets = toolkit.facets(ItemType.CASE_STUDY, TermFilter.none(), EN);

        assertThat(toolkit.facets(ItemType.CASE_STUDY, TermFilter.none(), EN)).isSameAs(facets);
        assertThat(toolkit.facets(ItemType.FAQ, TermFilter.none(), EN))
                .isNotSameAs(facets)
                .isNotEqualTo(facets);
        assertThatThrownBy(() -> facets.get("theme").put("health", 0))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void countsFacetsOfTheItemsTheFilterKeepsOnly() {
        var innovation = TermRef.of("procurement-route", "innovation-partnership");

        var facets = toolkit.facets(ItemType.CASE_STUDY, TermFilter.allOf(innovation), EN);

        assertThat(facets.get("theme"))
                .containsExactly(
                        java.util.Map.entry("health", 1), java.util.Map.entry("children", 0));
        assertThat(facets.get("procurement-route"))
                .containsEntry("innovation-partnership", 1)
                .containsEntry("alliance-contract", 0);
    }

    @Test
    void walksPreviousAndNextWithinTheListOfTheSameType() {
        ContentItem oldham = toolkit.item("oldham", EN).orElseThrow();

        assertThat(toolkit.previous(oldham, EN))
                .get()
                .extracting(ContentItem::id)
                .isEqualTo("leicestershire");
        assertThat(toolkit.next(oldham, EN))
                .get()
                .extracting(ContentItem::id)
                .isEqualTo("plymouth");
        ContentItem first = toolkit.item("leicestershire", EN).orElseThrow();
        assertThat(toolkit.previous(first, EN)).isEmpty();
        assertThat(toolkit.next(toolkit.item("plymouth", EN).orElseThrow(), EN)).isEmpty();
    }

    @Test
    void resolvesRelatedItemsAndMenuTargets() {
        ContentItem introduction = toolkit.item("introduction", EN).orElseThrow();

        assertThat(toolkit.related(introduction, CY))
                .extracting(ContentItem::title)
                .containsExactly("Oldham (cy)");
        assertThat(toolkit.target(toolkit.menu().entries().get(0), EN)).contains(introduction);
        assertThat(toolkit.target(toolkit.menu().entries().get(1), EN)).isEmpty();
    }

    @Test
    void versionIsEqualForEqualContentInAnyOrderAndChangesWithAnyField() {
        LoadedContent content = Fixtures.content().build();
        var shuffled = new ArrayList<LoadedItem>(content.items());
        Collections.reverse(shuffled);
        var reordered =
                new LoadedContent(
                        content.info(),
                        content.vocabularies(),
                        content.menu(),
                        shuffled,
                        content.diagnostics());
        LoadedContent changed =
                Fixtures.content().item(Page.of(Fixtures.meta("extra", "Extra").build())).build();

        assertThat(Toolkit.load(content).toolkit().version())
                .hasSize(64)
                .isEqualTo(toolkit.version())
                .isEqualTo(Toolkit.load(reordered).toolkit().version())
                .isNotEqualTo(Toolkit.load(changed).toolkit().version());
    }

    @Test
    void aViewsVersionChangesWithWhatTheViewMayShow() {
        Toolkit answered = withFaq(Fixtures.meta("why-partner", "Why partner?").body("Because."));
        Toolkit reworded =
                withFaq(Fixtures.meta("why-partner", "Why partner?").body("Because it works."));
        Toolkit retitled = withFaq(Fixtures.meta("why-partner", "Why work together?"));
        View oldham = View.item("oldham");
        View faq = View.item("why-partner");
        View faqs = View.list(ItemType.FAQ);

        assertThat(answered.version(oldham))
                .hasSize(64)
                .isEqualTo(toolkit.version(oldham))
                .isEqualTo(reworded.version(oldham))
                .isNotEqualTo(retitled.version(oldham))
                .isNotEqualTo(answered.version(View.item("plymouth")));
        assertThat(answered.version(faq))
                .isEqualTo(toolkit.version(faq))
                .isNotEqualTo(reworded.version(faq));
        assertThat(answered.version(faqs))
                .isEqualTo(answered.version())
                .isNotEqualTo(reworded.version(faqs));
        assertThat(answered.version(View.home())).isEqualTo(answered.version());
    }

    private static Toolkit withFaq(ItemMetadata.Builder faq) {
        return Toolkit.load(Fixtures.contentWithFaq(faq)).toolkit();
    }

    @Test
    void listByRecordTypeRejectsANonItemClass() {
        assertThatThrownBy(() -> toolkit.list(ContentItem.class, EN))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("not an item record type");
    }
}
