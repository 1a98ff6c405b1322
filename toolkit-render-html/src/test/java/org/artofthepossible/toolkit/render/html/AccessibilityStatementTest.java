package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.AccessibilityStatement;
import org.artofthepossible.toolkit.model.AccessibilityStatement.Contact;
import org.artofthepossible.toolkit.model.AccessibilityStatement.Enforcement;
import org.artofthepossible.toolkit.model.AccessibilityStatement.Status;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

/**
 * The accessibility statement page holds what regulation 8 of the Public Sector Bodies
 * Accessibility Regulations 2018 requires, and every other page's footer links it.
 */
class AccessibilityStatementTest {
    private static final RenderOptions DOCUMENT =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);

    private static ToolkitEngine engine(Optional<AccessibilityStatement> statement) {
        ToolkitInfo info = ToolkitInfo.of("Toolkit", "Anytown Council", Locale.ENGLISH);
        ToolkitInfo withStatement = statement.map(info::withAccessibility).orElse(info);
        return ToolkitEngine.builder()
                .source(
                        ContentSource.of(
                                "test", LoadedContent.builder().info(withStatement).build()))
                .build();
    }

    private static AccessibilityStatement statement(Status status, Enforcement enforcement) {
        return new AccessibilityStatement(
                status,
                status == Status.FULL
                        ? List.of()
                        : List.of(
                                LocalizedText.of(
                                        Locale.ENGLISH, "Some maps have no text alternative.")),
                List.of(),
                List.of(LocalizedText.of(Locale.ENGLISH, "PDFs published by others.")),
                new Contact(
                        Optional.of("access@anytown.gov.uk"),
                        Optional.of(URI.create("https://anytown.gov.uk/contact"))),
                enforcement,
                LocalizedText.of(Locale.ENGLISH, "Tested with axe-core."),
                LocalDate.of(2026, 1, 10),
                LocalDate.of(2026, 11, 3));
    }

    private static Document render(ToolkitEngine engine, View view, RenderOptions options) {
        return Jsoup.parse(engine.render(view, "html", options).content());
    }

    @Test
    void theStatementHoldsEveryPartTheRegulationsRequireInTheirOrder() {
        ToolkitEngine engine =
                engine(Optional.of(statement(Status.PARTIAL, Enforcement.GREAT_BRITAIN)));

        Document page = render(engine, View.accessibility(), DOCUMENT);

        assertThat(page.select("main h1").text()).isEqualTo("Accessibility statement");
        assertThat(page.select("main h2").eachText())
                .containsExactly(
                        "Compliance status",
                        "Non-accessible content",
                        "Reporting accessibility problems",
                        "Enforcement procedure",
                        "Preparation of this statement");
        assertThat(page.select("main h3").eachText())
                .containsExactly(
                        "Non-compliance with the accessibility regulations",
                        "Content that is not within the scope of the accessibility regulations");
        assertThat(page.select("main").text())
                .contains(
                        "partially compliant with the Web Content Accessibility Guidelines version 2.2 AA standard")
                .contains("Some maps have no text alternative.", "PDFs published by others.")
                .contains("Equality and Human Rights Commission")
                .contains("prepared on 10 January 2026. It was last reviewed on 3 November 2026.")
                .contains("Tested with axe-core.");
        assertThat(page.select("main a").eachAttr("href"))
                .containsExactly(
                        "mailto:access@anytown.gov.uk",
                        "https://anytown.gov.uk/contact",
                        "https://www.equalityadvisoryservice.com/");
        assertThat(page.select("link[rel=canonical]")).isEmpty();
        assertThat(
                        render(
                                        engine,
                                        View.accessibility(),
                                        DOCUMENT.withBaseUrl(
                                                URI.create("https://anytown.gov.uk/toolkit/")))
                                .select("link[rel=canonical]")
                                .attr("href"))
                .isEqualTo("https://anytown.gov.uk/toolkit/accessibility/");
    }

    @Test
    void aFullyCompliantSiteInNorthernIrelandNamesItsOwnCommission() {
        ToolkitEngine engine =
                engine(Optional.of(statement(Status.FULL, Enforcement.NORTHERN_IRELAND)));

        Document page = render(engine, View.accessibility(), DOCUMENT);

        assertThat(page.select("main").text())
                .contains("fully compliant")
                .contains("Equality Commission for Northern Ireland")
                .doesNotContain("Non-compliance");
        assertThat(page.select("main a").eachAttr("href"))
                .contains("https://www.equalityni.org/Home");
    }

    @Test
    void everyOtherPageLinksTheStatementFromItsFooterInTheReadersLanguage() {
        ToolkitEngine engine =
                engine(Optional.of(statement(Status.PARTIAL, Enforcement.GREAT_BRITAIN)));

        for (View view :
                List.of(
                        View.home(),
                        View.menu(),
                        View.list(ItemType.CASE_STUDY),
                        View.notFound())) {
            assertThat(render(engine, view, DOCUMENT).select("footer a").eachAttr("href"))
                    .as("%s", view)
                    .contains("/accessibility/");
        }
        assertThat(
                        render(engine, View.accessibility(), DOCUMENT)
                                .select("footer a")
                                .eachAttr("href"))
                .containsExactly("/menu/");
        Document welsh =
                render(engine, View.home(), DOCUMENT.withLocale(Locale.forLanguageTag("cy")));
        assertThat(welsh.select("footer a[href=/accessibility/]").text()).isEqualTo("Hygyrchedd");
    }

    @Test
    void aToolkitWithoutAStatementLinksNoneAndCannotRenderOne() {
        ToolkitEngine engine = engine(Optional.empty());
        Toolkit toolkit = engine.toolkit();

        assertThat(render(engine, View.home(), DOCUMENT).select("footer a").eachAttr("href"))
                .containsExactly("/menu/");
        assertThatThrownBy(() -> engine.render(toolkit, View.accessibility(), "html", DOCUMENT))
                .isInstanceOf(ToolkitException.class)
                .hasMessageContaining("no accessibility statement");
    }

    @Test
    void aStatementMustSayHowToReportAProblemAndWhatFails() {
        assertThatThrownBy(() -> new Contact(Optional.empty(), Optional.empty()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("email address or a page");
        assertThatThrownBy(
                        () ->
                                new Contact(
                                        Optional.empty(),
                                        Optional.of(URI.create("javascript:alert(1)"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("absolute http or https");
    }
}
