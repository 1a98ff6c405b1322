package org.artofthepossible.toolkit.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.artofthepossible.toolkit.ShortStrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelTest {
    private static final Locale EN = Locale.ENGLISH;
    private static final Locale CY = Locale.forLanguageTag("cy");

    @ParameterizedTest
    @ValueSource(strings = {"plymouth-alliance", "a", "p3", "2021-review"})
    void acceptsSlugs(String id) {
        assertThat(Slugs.isSlug(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "Plymouth", "a--b", "-a", "a-", "a_b", "a b", "café", "../etc"})
    void rejectsNonSlugsNamingTheValue(String id) {
        assertThat(Slugs.isSlug(id)).isFalse();
        assertThatThrownBy(() -> ItemMetadata.builder(id, "t").build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("item id must be a slug")
                .hasMessageEndingWith("'" + id + "'");
    }

    @Test
    void decidesSlugsAsTheirGrammarDoesForEveryShortString() {
        var grammar = java.util.regex.Pattern.compile("[a-z0-9]+(?:-[a-z0-9]+)*");
        char[] alphabet = {'a', 'z', '0', '9', '-', 'A', '_', '/', '`', '{', 'é'};
        List<String> strings = ShortStrings.upTo(alphabet, 4);
        assertThat(strings).hasSize(1 + 11 + 121 + 1331 + 14641);
        for (String s : strings) {
            assertThat(Slugs.isSlug(s)).as("'%s'", s).isEqualTo(grammar.matcher(s).matches());
        }
    }

    @Test
    void aVideoReferenceWithAColonIsAUrlAndWithoutOneAnId() {
        assertThat(video("dQw4w9WgXcQ").referenceIsUrl()).isFalse();
        assertThat(video("https://e3m.org.uk/plymouth/").referenceIsUrl()).isTrue();
    }

    private static Video video(String reference) {
        return new Video(
                "youtube",
                reference,
                "Title",
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty());
    }

    @Test
    void rejectsOverlongSlugs() {
        assertThat(Slugs.isSlug("a".repeat(Slugs.MAX_LENGTH))).isTrue();
        assertThat(Slugs.isSlug("a".repeat(Slugs.MAX_LENGTH + 1))).isFalse();
    }

    @Test
    void copiesListsDefensively() {
        var related = new ArrayList<>(List.of("a"));
        ItemMetadata metadata =
                new ItemMetadata(
                        "x",
                        EN,
                        "t",
                        "s",
                        RichText.empty(),
                        0,
                        Terms.none(),
                        List.of(),
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        related,
                        List.of());
        related.add("b");

        assertThat(metadata.related()).containsExactly("a");
        assertThatThrownBy(() -> metadata.related().add("c"))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void builderIsReusableAndToBuilderRoundTrips() {
        ItemMetadata.Builder builder = ItemMetadata.builder("x", "Title").term("theme", "health");
        ItemMetadata first = builder.build();
        ItemMetadata second = builder.related("y").build();

        assertThat(first.related()).isEmpty();
        assertThat(second.related()).containsExactly("y");
        assertThat(second.toBuilder().build()).isEqualTo(second);
    }

    @Test
    void termsAreDistinctAndOrderedWhateverTheInputOrder() {
        Terms terms =
                Terms.of(
                        TermRef.of("theme", "b"),
                        TermRef.of("region", "z"),
                        TermRef.of("theme", "a"),
                        TermRef.of("theme", "b"));

        assertThat(terms.all())
                .extracting(TermRef::toString)
                .containsExactly("region:z", "theme:a", "theme:b");
        assertThat(terms.in("theme")).containsExactly("a", "b");
        assertThat(terms.in("region")).containsExactly("z");
        assertThat(terms.in("sector")).isEmpty();
        assertThat(terms.vocabularies()).containsExactly("region", "theme");
        assertThat(Terms.none().vocabularies()).isEmpty();
        assertThat(terms)
                .isEqualTo(
                        Terms.of(
                                TermRef.of("theme", "a"),
                                TermRef.of("theme", "b"),
                                TermRef.of("region", "z")));
    }

    @Test
    void fallbackChainFollowsDeclaredFallbacksThenLanguageThenDefault() {
        Locale cyGb = Locale.forLanguageTag("cy-GB");
        var info =
                new ToolkitInfo(
                        LocalizedText.of(EN, "T"),
                        "P",
                        EN,
                        List.of(EN, CY, cyGb),
                        Map.of(cyGb, CY));

        assertThat(info.fallbackChain(cyGb)).containsExactly(cyGb, CY, EN);
        assertThat(info.fallbackChain(CY)).containsExactly(CY, EN);
        assertThat(info.fallbackChain(Locale.forLanguageTag("en-GB")))
                .containsExactly(Locale.forLanguageTag("en-GB"), EN);
        assertThat(info.fallbackChain(Locale.FRENCH)).containsExactly(Locale.FRENCH, EN);
        assertThat(info.locales()).first().isEqualTo(EN);
    }

    @Test
    void rejectsCyclicOrUndeclaredFallbacks() {
        assertThatThrownBy(
                        () ->
                                new ToolkitInfo(
                                        LocalizedText.of(EN, "T"),
                                        "P",
                                        EN,
                                        List.of(EN, CY),
                                        Map.of(CY, EN, EN, CY)))
                .hasMessageStartingWith("locale fallbacks form a cycle");
        assertThatThrownBy(
                        () ->
                                new ToolkitInfo(
                                        LocalizedText.of(EN, "T"),
                                        "P",
                                        EN,
                                        List.of(EN),
                                        Map.of(CY, EN)))
                .hasMessageContaining("names a locale that is not among");
    }

    @Test
    void localizedTextResolvesAlongTheChainAndNeverComesBackEmpty() {
        LocalizedText text = LocalizedText.of(EN, "Menu").with(CY, "Dewislen");

        assertThat(text.get(List.of(CY, EN))).contains("Dewislen");
        assertThat(text.get(List.of(Locale.FRENCH))).isEmpty();
        assertThat(text.resolve(List.of(Locale.FRENCH))).isEqualTo("Dewislen");
        assertThatThrownBy(() -> new LocalizedText(Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void vocabularyRejectsDuplicateTermsAndCarriesAttributes() {
        Term innovation =
                Term.of("innovation-partnership", LocalizedText.of(EN, "Innovation partnership"))
                        .withAttribute("regulation", "31");
        var routes =
                new Vocabulary(
                        Vocabulary.PROCUREMENT_ROUTE,
                        LocalizedText.of(EN, "Routes"),
                        List.of(innovation));

        assertThat(routes.term("innovation-partnership"))
                .get()
                .extracting(t -> t.attribute("regulation"))
                .isEqualTo(Optional.of("31"));
        assertThat(routes.term("nope")).isEmpty();
        assertThatThrownBy(
                        () ->
                                new Vocabulary(
                                        "theme",
                                        LocalizedText.of(EN, "T"),
                                        List.of(innovation, innovation)))
                .hasMessage("vocabulary 'theme' declares term 'innovation-partnership' twice");
    }

    @Test
    void menuEntryNeedsExactlyOneTargetAndMenuFlattensDepthFirst() {
        LocalizedText label = LocalizedText.of(EN, "x");
        assertThatThrownBy(
                        () ->
                                new MenuEntry(
                                        label,
                                        Optional.of("a"),
                                        Optional.empty(),
                                        Optional.of("/a"),
                                        List.of()))
                .hasMessageStartingWith("a menu entry needs exactly one target");
        assertThatThrownBy(
                        () ->
                                new MenuEntry(
                                        label,
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of()))
                .isInstanceOf(IllegalArgumentException.class);

        var menu =
                new Menu(
                        List.of(
                                MenuEntry.toItem(label, "a", MenuEntry.toItem(label, "b")),
                                MenuEntry.toUrl(label, "/c")));
        assertThat(menu.flatten())
                .extracting(e -> e.itemId().or(e::url).orElseThrow())
                .containsExactly("a", "b", "/c");
    }

    @Test
    void caseStudyDerivesRoutesFromTermsAndKeepsDisputesAndInferences() {
        var source = "e3m";
        var other = "i-network";
        CaseStudy study =
                CaseStudy.builder(
                                ItemMetadata.builder("oldham", "Oldham")
                                        .source(new Source(source, "E3M", "https://e3m.org.uk/"))
                                        .source(
                                                new Source(
                                                        other, "i-network", "https://example.org/"))
                                        .term(
                                                Vocabulary.PROCUREMENT_ROUTE,
                                                "innovation-partnership")
                                        .build())
                        .disputedFact(
                                new DisputedFact(
                                        "contract.value",
                                        List.of(
                                                new DisputedFact.Claim("£1.25m", List.of(source)),
                                                new DisputedFact.Claim("£1.1m", List.of(other)))))
                        .inferred("contract.startYear")
                        .build();

        assertThat(study.procurementRoutes()).containsExactly("innovation-partnership");
        assertThat(study.isInferred("contract.startYear")).isTrue();
        assertThat(study.isInferred("contract.value")).isFalse();
        assertThat(study.type()).isEqualTo(ItemType.CASE_STUDY);
        assertThatThrownBy(
                        () ->
                                new DisputedFact(
                                        "x", List.of(new DisputedFact.Claim("1", List.of(source)))))
                .hasMessageContaining("at least two claims");
    }

    @Test
    void contractFiguresCarryTheirQualifiersAndFactsTheirCitationsByPath() {
        Contract contract =
                new Contract(
                        OptionalInt.of(2018),
                        OptionalInt.of(10),
                        Optional.of(Money.gbp("700000000")),
                        Optional.empty(),
                        Map.of(Contract.VALUE, Qualifier.UP_TO),
                        Map.of(Contract.VALUE, List.of("lgc")));
        CaseStudy study =
                CaseStudy.builder(
                                ItemMetadata.builder("leicestershire", "Leicestershire")
                                        .source(new Source("lgc", "LGC", "https://example.org/"))
                                        .source(new Source("val", "VAL", "https://example.org/v"))
                                        .build())
                        .contract(contract)
                        .context(new Outcome("Savings needed", Optional.of("£54m"), List.of("val")))
                        .build();

        assertThat(contract.qualifier(Contract.VALUE)).contains(Qualifier.UP_TO);
        assertThat(contract.qualifier(Contract.TERM_YEARS)).isEmpty();
        assertThat(Qualifier.fromId("up-to")).contains(Qualifier.UP_TO);
        assertThat(Qualifier.fromId("roughly")).isEmpty();
        assertThat(study.citations())
                .containsExactly(
                        Map.entry("contract.cites.value[0]", "lgc"),
                        Map.entry("context[0].cites[0]", "val"));
        assertThat(study.metadata().sourceNumber("val")).hasValue(2);
        assertThat(study.metadata().sourceNumber("minutes")).isEmpty();
        assertThatThrownBy(
                        () ->
                                new Contract(
                                        OptionalInt.empty(),
                                        OptionalInt.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Map.of("price", Qualifier.ABOUT),
                                        Map.of()))
                .hasMessageContaining("price");
        assertThatThrownBy(
                        () ->
                                new Contract(
                                        OptionalInt.empty(),
                                        OptionalInt.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Map.of(),
                                        Map.of("price", List.of("lgc"))))
                .hasMessageContaining("price");
        assertThat(contract.cites(Contract.NOTE)).isEmpty();
        assertThatThrownBy(() -> new Source("Not a slug", "x", "https://example.org/"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void faqExposesQuestionAndAnswerFromTitleAndBody() {
        Faq faq =
                Faq.of(
                        ItemMetadata.builder("why", "Why partner?")
                                .body("Because *purpose*.")
                                .build());

        assertThat(faq.question()).isEqualTo("Why partner?");
        assertThat(faq.answer().markdown()).isEqualTo("Because *purpose*.");
    }

    @Test
    void rejectsImpossibleNumbers() {
        assertThatThrownBy(() -> Money.gbp("-1")).hasMessageContaining("must not be negative");
        assertThatThrownBy(
                        () ->
                                new Contract(
                                        java.util.OptionalInt.empty(),
                                        java.util.OptionalInt.of(0),
                                        Optional.empty(),
                                        Optional.empty()))
                .hasMessageContaining("termYears must be at least 1");
        ItemMetadata meta = ItemMetadata.builder("d", "D").build();
        assertThatThrownBy(
                        () ->
                                new ModelDocument(
                                        meta,
                                        "contract",
                                        Optional.empty(),
                                        java.util.OptionalLong.of(-5),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of()))
                .hasMessageContaining("sizeBytes must not be negative");
    }
}
