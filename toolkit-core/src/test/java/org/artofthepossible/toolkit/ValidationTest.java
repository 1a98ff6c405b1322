package org.artofthepossible.toolkit;

import static org.artofthepossible.toolkit.Fixtures.CY;
import static org.artofthepossible.toolkit.Fixtures.EN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.CitedText;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Menu;
import org.artofthepossible.toolkit.model.MenuEntry;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.Page;
import org.artofthepossible.toolkit.model.RouteToday;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.TodaysLaw;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.artofthepossible.toolkit.validation.Severity;
import org.artofthepossible.toolkit.validation.SourceLocation;
import org.junit.jupiter.api.Test;

class ValidationTest {

    private static LoadResult load(LoadedContent.Builder content) {
        return Toolkit.load(content.build());
    }

    private static LoadedItem at(ContentItem item, String file, int line) {
        return new LoadedItem(
                item,
                SourceLocation.of(file, 1, 1),
                Map.of("summary", SourceLocation.of(file, line, 10)));
    }

    @Test
    void reportsABlankRequiredFieldAtTheFieldsLocationAndKeepsOnlyThatItemOut() {
        CaseStudy blank =
                CaseStudy.builder(Fixtures.meta("blank", "Blank").summary(" ").build()).build();

        LoadResult result = load(Fixtures.content().item(at(blank, "case-studies/blank.md", 4)));

        assertThat(result.diagnostics())
                .singleElement()
                .hasToString(
                        "case-studies/blank.md:4:10: error required-field: summary is required and must"
                                + " not be blank (item blank, field summary)");
        assertThat(result.toolkit().item("blank", EN)).isEmpty();
        assertThat(result.toolkit().list(ItemType.CASE_STUDY, EN)).hasSize(3);
    }

    @Test
    void duplicateIdsKeepEveryItemWithTheIdOutAndNameTheOtherFiles() {
        Page first = Page.of(Fixtures.meta("twice", "First").build());
        Page second = Page.of(Fixtures.meta("twice", "Second").build());

        LoadResult result =
                load(
                        Fixtures.content()
                                .item(at(first, "pages/a.md", 2))
                                .item(at(second, "pages/b.md", 2)));

        assertThat(result.diagnostics())
                .hasSize(2)
                .allSatisfy(d -> assertThat(d.code()).isEqualTo(DiagnosticCodes.DUPLICATE_ID));
        assertThat(result.diagnostics().get(0).location())
                .contains(SourceLocation.of("pages/a.md", 1, 1));
        assertThat(result.diagnostics().get(0).message()).contains("also used by pages/b.md:1:1");
        assertThat(result.diagnostics().get(1).location())
                .contains(SourceLocation.of("pages/b.md", 1, 1));
        assertThat(result.diagnostics().get(1).message()).contains("also used by pages/a.md:1:1");
        assertThat(result.toolkit().item("twice", EN)).isEmpty();
    }

    @Test
    void reportsEveryProblemAtOnceNotOnlyTheFirst() {
        CaseStudy bad =
                CaseStudy.builder(
                                Fixtures.meta("bad", "")
                                        .term("theme", "no-such-theme")
                                        .term("colour", "red")
                                        .related("missing")
                                        .link(Link.of("x", "javascript:alert(1)"))
                                        .source(new Source("s1", "y", " JaVa\tScRiPt:alert(1)"))
                                        .published(LocalDate.of(1850, 1, 1))
                                        .updated(LocalDate.of(1849, 1, 1))
                                        .build())
                        .partner(Organisation.of("P", "pirate-ship"))
                        .build();

        LoadResult result = load(Fixtures.content().item(bad));

        assertThat(result.diagnostics())
                .extracting(Diagnostic::code, d -> d.field().orElse(""))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.REQUIRED_FIELD, "title"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.UNKNOWN_TERM, "terms.theme[0]"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.UNKNOWN_VOCABULARY, "terms.colour"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.UNKNOWN_TERM, "partners[0].kind"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.DANGLING_REFERENCE, "related[0]"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.DISALLOWED_URL_SCHEME, "links[0].url"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.DISALLOWED_URL_SCHEME, "sources[0].url"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.IMPLAUSIBLE_DATE, "published"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.IMPLAUSIBLE_DATE, "updated"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.IMPLAUSIBLE_DATE, "updated"),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.UNCITED_FACTS, "sources"));
        assertThat(result.diagnostics()).allSatisfy(d -> assertThat(d.itemId()).contains("bad"));
        assertThat(result.toolkit().item("bad", EN)).isEmpty();
    }

    @Test
    void warningsKeepTheItem() {
        Page wordy = Page.of(Fixtures.meta("wordy", "Wordy").summary("x".repeat(501)).build());

        LoadResult result = load(Fixtures.content().item(wordy));

        assertThat(result.diagnostics())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.severity()).isEqualTo(Severity.WARNING);
                            assertThat(d.code()).isEqualTo(DiagnosticCodes.SUMMARY_TOO_LONG);
                        });
        assertThat(result.hasErrors()).isFalse();
        assertThat(result.toolkit().item("wordy", EN)).isPresent();
    }

    @Test
    void aCitationOfNoSourceIsAnErrorAtTheCitationAndUncitedFactsAWarning() {
        CaseStudy citing =
                CaseStudy.builder(
                                Fixtures.meta("citing", "Citing")
                                        .summary("Cites.")
                                        .source(
                                                new Source(
                                                        "award", "Award", "https://example.org/a"))
                                        .source(
                                                new Source(
                                                        "award", "Again", "https://example.org/b"))
                                        .build())
                        .partner(
                                new Organisation(
                                        "P",
                                        "charity",
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of("award")))
                        .outcome(new Outcome("Done", Optional.empty(), List.of("award", "minutes")))
                        .build();
        CaseStudy silent =
                CaseStudy.builder(Fixtures.meta("silent", "Silent").summary("Says.").build())
                        .outcome(Outcome.of("Done"))
                        .build();

        LoadResult result = load(Fixtures.content().item(citing).item(silent));

        assertThat(result.errors())
                .extracting(
                        Diagnostic::code,
                        d -> d.itemId().orElseThrow(),
                        d -> d.field().orElseThrow())
                .containsExactlyInAnyOrder(
                        tuple(DiagnosticCodes.UNKNOWN_SOURCE, "citing", "outcomes[0].cites[1]"),
                        tuple(DiagnosticCodes.DUPLICATE_SOURCE, "citing", "sources[1].id"));
        assertThat(result.errors())
                .filteredOn(d -> d.code().equals(DiagnosticCodes.UNKNOWN_SOURCE))
                .singleElement()
                .satisfies(d -> assertThat(d.message()).contains("'minutes'", "award"));
        assertThat(result.diagnostics())
                .filteredOn(d -> !d.isError())
                .singleElement()
                .satisfies(
                        d -> {
                            assertThat(d.code()).isEqualTo(DiagnosticCodes.UNCITED_FACTS);
                            assertThat(d.itemId()).contains("silent");
                        });
        assertThat(result.toolkit().item("silent", EN)).isPresent();
        assertThat(result.toolkit().item("citing", EN)).isEmpty();
    }

    @Test
    void theLawNamesDeclaredRoutesTermsAndSourcesAndEveryRouteUsedIsMapped() {
        LocalizedText text = LocalizedText.of(EN, "Text.");
        TodaysLaw law =
                new TodaysLaw(
                        LocalDate.of(2025, 2, 24),
                        new CitedText(text, List.of("act")),
                        new CitedText(text, List.of("gone")),
                        Map.of(
                                "innovation-partnership",
                                new RouteToday(
                                        text,
                                        List.of("flexible", "no-such-procedure"),
                                        text,
                                        true,
                                        Optional.empty(),
                                        List.of("act")),
                                "no-such-route",
                                new RouteToday(
                                        text, List.of(), text, false, Optional.empty(), List.of())),
                        Map.of(),
                        List.of(new Source("act", "Act: The Act", "https://example.org/act")));
        LoadedContent.Builder content =
                Fixtures.content()
                        .info(Fixtures.info().withLaw(law))
                        .vocabulary(Fixtures.vocabulary(Vocabulary.PROCEDURE_TODAY, "flexible"));

        LoadResult result = load(content);

        assertThat(result.diagnostics())
                .extracting(Diagnostic::code, d -> d.field().orElse(""), d -> d.itemId().orElse(""))
                .containsExactlyInAnyOrder(
                        tuple(DiagnosticCodes.UNKNOWN_SOURCE, "law.transition.cites[0]", ""),
                        tuple(
                                DiagnosticCodes.UNKNOWN_TERM,
                                "law.routes.innovation-partnership.now[1]",
                                ""),
                        tuple(DiagnosticCodes.UNKNOWN_TERM, "law.routes.no-such-route", ""),
                        tuple(
                                DiagnosticCodes.ROUTE_WITHOUT_TODAYS_LAW,
                                "terms.procurement-route[0]",
                                "leicestershire"),
                        tuple(
                                DiagnosticCodes.ROUTE_WITHOUT_TODAYS_LAW,
                                "terms.procurement-route[0]",
                                "plymouth"));
    }

    @Test
    void rejectsLocaleVariantsWithoutADefaultItemAndUndeclaredLocales() {
        Page orphan = Page.of(Fixtures.meta("orphan", "Amddifad").locale(CY).build());
        Page french =
                Page.of(
                        Fixtures.meta("introduction", "Introduction")
                                .locale(Locale.FRENCH)
                                .build());

        LoadResult result = load(Fixtures.content().item(orphan).item(french));

        assertThat(result.errors())
                .extracting(Diagnostic::code)
                .containsExactly(
                        DiagnosticCodes.UNKNOWN_LOCALE, DiagnosticCodes.ORPHAN_LOCALE_VARIANT);
    }

    @Test
    void checksMenuTargetsAndUrls() {
        Menu menu =
                new Menu(
                        List.of(
                                MenuEntry.toItem(
                                        LocalizedText.of(EN, "Gone"),
                                        "gone",
                                        MenuEntry.toUrl(
                                                LocalizedText.of(EN, "Bad"), "data:text/html,x"))));

        LoadResult result = load(Fixtures.content().menu(menu));

        assertThat(result.diagnostics())
                .extracting(Object::toString)
                .containsExactly(
                        "error dangling-reference: menu entry 'Gone' opens item 'gone', which does not"
                                + " exist (field menu)",
                        "error disallowed-url-scheme: URL 'data:text/html,x' is not allowed: use an http,"
                                + " https or mailto URL, or a relative one (field menu)");
    }

    @Test
    void warnsAboutReferencesToItemsKeptOutForTheirOwnErrors() {
        Page broken = Page.of(Fixtures.meta("broken", " ").build());
        Page pointing = Page.of(Fixtures.meta("pointing", "Pointing").related("broken").build());

        LoadResult result = load(Fixtures.content().item(broken).item(pointing));

        assertThat(result.diagnostics())
                .extracting(Diagnostic::code, Diagnostic::itemId)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.REQUIRED_FIELD, java.util.Optional.of("broken")),
                        org.assertj.core.groups.Tuple.tuple(
                                DiagnosticCodes.REFERENCE_TO_EXCLUDED_ITEM,
                                java.util.Optional.of("pointing")));
        assertThat(
                        result.toolkit()
                                .related(result.toolkit().item("pointing", EN).orElseThrow(), EN))
                .isEmpty();
    }

    @Test
    void reportsMissingToolkitInfoAndKeepsLoaderDiagnostics() {
        Diagnostic fromLoader =
                Diagnostic.error("malformed-yaml", "bad")
                        .withLocation(SourceLocation.of("a.md", 3, 7));

        LoadResult result = Toolkit.load(LoadedContent.builder().diagnostic(fromLoader).build());

        assertThat(result.diagnostics())
                .extracting(Diagnostic::code)
                .containsExactly("malformed-yaml", DiagnosticCodes.MISSING_TOOLKIT_INFO);
    }
}
