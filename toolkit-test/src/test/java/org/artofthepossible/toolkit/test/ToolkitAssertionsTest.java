package org.artofthepossible.toolkit.test;

import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThat;
import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThatHtml;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.artofthepossible.toolkit.LoadResult;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.ClasspathSource;
import org.junit.jupiter.api.Test;

/** Every assertion passing on good content, and failing with its message on bad content. */
class ToolkitAssertionsTest {
    private static final ToolkitEngine GOOD =
            ToolkitEngine.builder().source(BundledToolkit.source()).build();
    private static final ToolkitEngine BROKEN =
            ToolkitEngine.builder()
                    .source(
                            ClasspathSource.of(
                                    "broken-toolkit", ToolkitAssertionsTest.class.getClassLoader()))
                    .build();

    @Test
    void isValidListsEveryDiagnosticWithItsLocation() {
        assertThat(GOOD).isValid().hasNoWarnings();

        assertThatThrownBy(() -> assertThat(BROKEN).isValid())
                .isInstanceOf(AssertionError.class)
                .hasMessage(
                        "Expected content without errors, but found 2:\n"
                                + "  case-studies/study.md:5:11: error unknown-term: term 'wealth' is not in vocabulary"
                                + " 'theme'; declared terms: [health] (item study, field terms.theme[0])\n"
                                + "  pages/about.md:3:1: warning unknown-field: unknown field 'sumary' is ignored; did"
                                + " you mean 'summary'? (item about, field sumary)\n"
                                + "  error dangling-reference: menu entry 'Gone' opens item 'gone', which does not exist"
                                + " (field menu)");
    }

    @Test
    void hasNoWarningsListsTheWarnings() {
        assertThatThrownBy(() -> assertThat(BROKEN).hasNoWarnings())
                .hasMessageStartingWith(
                        "Expected content without warnings, but found 1:\n  pages/about.md:3:1:");
    }

    @Test
    void hasDiagnosticFindsACodeAndWhereItIs() {
        assertThat(BROKEN)
                .hasDiagnostic("unknown-term")
                .at("case-studies/study.md", 5)
                .at("case-studies/study.md", 5, 11)
                .onField("terms.theme[0]");
        assertThatThrownBy(
                        () ->
                                assertThat(BROKEN)
                                        .hasDiagnostic("unknown-term")
                                        .at("case-studies/study.md", 5, 3))
                .hasMessageStartingWith(
                        "Expected a 'unknown-term' diagnostic at case-studies/study.md:5:3, but found"
                                + " it at:");

        assertThatThrownBy(
                        () ->
                                assertThat(BROKEN)
                                        .hasDiagnostic("unknown-term")
                                        .at("case-studies/study.md", 9))
                .hasMessage(
                        "Expected a 'unknown-term' diagnostic at case-studies/study.md:9, but found it at:\n"
                                + "  case-studies/study.md:5:11: error unknown-term: term 'wealth' is not in vocabulary"
                                + " 'theme'; declared terms: [health] (item study, field terms.theme[0])");
        assertThatThrownBy(() -> assertThat(GOOD).hasDiagnostic("bad-slug"))
                .hasMessage("Expected a diagnostic with code 'bad-slug', but found none");
        assertThatThrownBy(() -> assertThat(BROKEN).hasDiagnostic("unknown-term").onField("title"))
                .hasMessageStartingWith(
                        "Expected a 'unknown-term' diagnostic on field title, but found:");
    }

    @Test
    void toolkitAssertionsNameWhatIsMissing() {
        assertThat(GOOD.toolkit()).hasCaseStudy("plymouth-alliance").allMenuTargetsResolve();

        assertThatThrownBy(() -> assertThat(GOOD.toolkit()).hasCaseStudy("atlantis"))
                .hasMessageStartingWith(
                        "Expected a case study 'atlantis', but the case studies are [leicestershire-cip, ");
        assertThatThrownBy(() -> assertThat(BROKEN).toolkit().allMenuTargetsResolve())
                .hasMessage(
                        "Expected every menu entry to open an item of the toolkit, but these do not: [Gone -> gone]");
        assertThatThrownBy(
                        () ->
                                assertThat(BROKEN.toolkit())
                                        .everyItemHasLocale(Locale.forLanguageTag("cy")))
                .hasMessage(
                        "Expected every item in locale cy, but 1 have no variant in it: [pages/about]");
    }

    @Test
    void itemAssertionsNameTheItem() {
        var study = GOOD.toolkit().item("plymouth-alliance", Locale.ENGLISH).orElseThrow();
        assertThat(study)
                .hasTerm("procurement-route", "alliance-contract")
                .hasSources()
                .hasSource(
                        "https://e3m.org.uk/plymouth-alliance-contract-supporting-people-with-complex-needs/");

        assertThatThrownBy(() -> assertThat(study).hasTerm("theme", "health"))
                .hasMessageStartingWith(
                        "Expected case-study 'plymouth-alliance' to have term theme:health, but its terms are [");
        var about = BROKEN.toolkit().item("about", Locale.ENGLISH).orElseThrow();
        assertThatThrownBy(() -> assertThat(about).hasSources())
                .hasMessage("Expected page 'about' to name its sources, but it has none");
        assertThatThrownBy(() -> assertThat(about).hasText())
                .hasMessage(
                        "Expected page 'about' to have a summary or a body, but it has neither");
        assertThatThrownBy(() -> assertThat(study).hasSource("https://example.org/"))
                .hasMessageStartingWith(
                        "Expected case-study 'plymouth-alliance' to have source https://example.org/, but its sources are [");
    }

    @Test
    void htmlAssertionsListEveryProblem() {
        assertThatHtml(
                        "<p><a href=\"/a\">Full case study: A</a> <a href=\"/b\">Full case study: B</a></p>")
                .hasNoUnsafeMarkup()
                .hasAccessibleLinkNames();

        assertThatThrownBy(
                        () ->
                                assertThatHtml(
                                                "<p onclick=\"x()\"><script>alert(1)</script><a href=\"java\tscript:x\">x</a>"
                                                        + "<iframe src=\"/x\"></iframe></p>")
                                        .hasNoUnsafeMarkup())
                .hasMessageContaining("Expected markup without unsafe parts, but found 4:")
                .hasMessageContaining("an event handler attribute onclick")
                .hasMessageContaining("a script that is not JSON-LD")
                .hasMessageContaining("a URL with a refused scheme in href")
                .hasMessageContaining("element <iframe> is not allowed");
        assertThatThrownBy(
                        () ->
                                assertThatHtml(
                                                "<a href=\"/a\">Read more</a><a href=\"/b\">Read more</a><a href=\"/c\"> </a>")
                                        .hasAccessibleLinkNames())
                .hasMessage(
                        "Expected links with accessible, distinct names, but:\n"
                                + "  links named \"Read more\" lead to both /a and /b\n"
                                + "  a link to /c has no accessible name");
    }

    @Test
    void loadResultsAreAssertedLikeEngines() {
        LoadResult result = new LoadResult(GOOD.toolkit(), GOOD.diagnostics());
        assertThat(result).isValid().toolkit().hasCaseStudy("kirklees-kilt");
    }
}
