package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.Contract;
import org.artofthepossible.toolkit.model.Money;
import org.artofthepossible.toolkit.model.Outcome;
import org.artofthepossible.toolkit.model.Qualifier;
import org.artofthepossible.toolkit.model.Source;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFormatsTest {
    private static final Locale CY = Locale.forLanguageTag("cy");

    @TempDir Path root;

    private void write(String path, String text) throws IOException {
        Path file = root.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Toolkit load() throws IOException {
        write(
                "toolkit.yaml",
                """
                title: {en: Toolkit, cy: Pecyn}
                publisher: Tests
                defaultLocale: en
                locales: [en, cy]
                fallbacks: {cy: en}
                vocabularies:
                  - id: organisation-kind
                    label: Kinds
                    terms: [{id: charity, label: Charity}]
                """);
        ToolkitEngine engine =
                ToolkitEngine.builder().source(DirectorySource.of(root)).strict(true).build();
        assertThat(engine.diagnostics()).isEmpty();
        return engine.toolkit();
    }

    @Test
    void markdownYamlAndJsonItemFilesHoldTheSameItem() throws IOException {
        write(
                "case-studies/from-markdown.md",
                """
                ---
                title: Alliance
                summary: One contract.
                partners: [{name: Harbour, kind: charity, cites: [plan]}]
                contract:
                  startYear: 2019
                  termYears: 10
                  value: {amount: 7700000, currency: GBP}
                  qualifiers: {value: up-to}
                  cites: {value: [plan], startYear: [s2]}
                context: [{text: Need, figure: "25 contracts", cites: [plan, s2]}]
                sources:
                  - {id: plan, label: "Council: The plan", url: "https://example.org/plan"}
                  - {label: "Press: The launch", url: "https://example.org/launch"}
                ---
                The *body*.
                """);
        write(
                "case-studies/from-yaml.yaml",
                """
                title: Alliance
                summary: One contract.
                partners: [{name: Harbour, kind: charity, cites: [plan]}]
                contract:
                  startYear: 2019
                  termYears: 10
                  value: {amount: 7700000, currency: GBP}
                  qualifiers: {value: up-to}
                  cites: {value: [plan], startYear: [s2]}
                context: [{text: Need, figure: "25 contracts", cites: [plan, s2]}]
                sources:
                  - {id: plan, label: "Council: The plan", url: "https://example.org/plan"}
                  - {label: "Press: The launch", url: "https://example.org/launch"}
                body: "The *body*.\\n"
                """);
        write(
                "case-studies/from-json.json",
                """
                {"title": "Alliance", "summary": "One contract.",
                 "partners": [{"name": "Harbour", "kind": "charity", "cites": ["plan"]}],
                 "contract": {"startYear": 2019, "termYears": 10,
                              "value": {"amount": 7700000, "currency": "GBP"},
                              "qualifiers": {"value": "up-to"},
                              "cites": {"value": ["plan"], "startYear": ["s2"]}},
                 "context": [{"text": "Need", "figure": "25 contracts",
                              "cites": ["plan", "s2"]}],
                 "sources": [
                   {"id": "plan", "label": "Council: The plan", "url": "https://example.org/plan"},
                   {"label": "Press: The launch", "url": "https://example.org/launch"}],
                 "body": "The *body*.\\n"}
                """);

        Toolkit toolkit = load();

        CaseStudy markdown =
                toolkit.item(CaseStudy.class, "from-markdown", Locale.ENGLISH).orElseThrow();
        assertThat(markdown.contract().value()).contains(Money.gbp("7700000"));
        assertThat(markdown.metadata().body().markdown()).isEqualTo("The *body*.\n");
        assertThat(markdown.contract().qualifier(Contract.VALUE)).contains(Qualifier.UP_TO);
        assertThat(markdown.contract().cites(Contract.VALUE)).containsExactly("plan");
        assertThat(markdown.contract().cites(Contract.START_YEAR)).containsExactly("s2");
        assertThat(markdown.context())
                .containsExactly(
                        new Outcome("Need", Optional.of("25 contracts"), List.of("plan", "s2")));
        assertThat(markdown.metadata().sources())
                .extracting(Source::id)
                .as("a source without an id is named by its position")
                .containsExactly("plan", "s2");
        for (String other : new String[] {"from-yaml", "from-json"}) {
            CaseStudy study = toolkit.item(CaseStudy.class, other, Locale.ENGLISH).orElseThrow();
            assertThat(study.metadata().toBuilder().id("from-markdown").build())
                    .isEqualTo(markdown.metadata());
            assertThat(study.partners()).isEqualTo(markdown.partners());
            assertThat(study.contract()).isEqualTo(markdown.contract());
            assertThat(study.context()).isEqualTo(markdown.context());
        }
    }

    @Test
    void aLocaleVariantSitsBesideItsItemAndReadersFallBackToTheDefault() throws IOException {
        write("pages/about.md", "---\ntitle: About\n---\nIn English.\n");
        write("pages/about.cy.md", "---\ntitle: Amdanom\n---\nYn Gymraeg.\n");
        write("pages/other.md", "---\ntitle: Other\n---\n");

        Toolkit toolkit = load();

        assertThat(toolkit.item("about", CY))
                .get()
                .extracting(ContentItem::title)
                .isEqualTo("Amdanom");
        assertThat(toolkit.item("other", CY))
                .get()
                .extracting(ContentItem::locale)
                .isEqualTo(Locale.ENGLISH);
        assertThat(toolkit.info().title().resolve(toolkit.fallbackChain(CY))).isEqualTo("Pecyn");
    }

    @Test
    void windowsLineEndingsAndAByteOrderMarkAreAccepted() throws IOException {
        write("pages/windows.md", "\uFEFF---\r\ntitle: Windows\r\n---\r\nBody.\r\n");

        assertThat(load().item("windows", Locale.ENGLISH))
                .get()
                .extracting(ContentItem::title)
                .isEqualTo("Windows");
    }

    @Test
    void frontMatterLinesAreCountedFromTheTopOfTheFile() throws IOException {
        write("pages/lines.md", "---\ntitle: Lines\nsummary: ok\n---\n");
        load();
        write("pages/broken.md", "---\ntitle: Lines\n\n\norder: [\n---\n");

        var engine = ToolkitEngine.builder().source(DirectorySource.of(root)).build();

        assertThat(engine.diagnostics())
                .singleElement()
                .satisfies(
                        d ->
                                assertThat(d.location().orElseThrow().line())
                                        .isGreaterThanOrEqualTo(5));
    }
}
