package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.validation.DiagnosticCodes;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A Welsh variant of an item, written as docs/content-format.md, "Languages", shows. */
class LocaleVariantsTest {
    private static final RenderOptions WELSH =
            RenderOptions.defaults()
                    .withMode(RenderOptions.Mode.DOCUMENT)
                    .withLocale(Locale.forLanguageTag("cy"));

    @TempDir Path content;

    private void write(String path, String text) throws IOException {
        Path file = content.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private ToolkitEngine engine() throws IOException {
        write(
                "toolkit.yaml",
                """
                title: Toolkit
                publisher: E3M
                defaultLocale: en
                locales: [en, cy]
                fallbacks: {cy: en}
                vocabularies:
                  - id: theme
                    label: {en: Themes, cy: Themâu}
                    terms:
                      - {id: social-value, label: {en: Social value, cy: Gwerth cymdeithasol}}
                  - id: organisation-kind
                    label: {en: Kinds, cy: Mathau}
                    terms:
                      - {id: charity, label: {en: Charity, cy: Elusen}}
                """);
        write(
                "case-studies/plymouth-alliance.md",
                """
                ---
                title: "The Plymouth Alliance"
                summary: "An alliance contract."
                terms:
                  theme: [social-value]
                partners:
                  - {name: Harbour, kind: charity, cites: [e3m]}
                sources:
                  - {id: e3m, label: E3M, url: "https://e3m.org.uk/"}
                ---
                The body, in English.
                """);
        write(
                "case-studies/plymouth-alliance.cy.md",
                """
                ---
                title: "Cynghrair Plymouth"
                summary: "Contract cynghrair."
                terms:
                  theme: [social-value]
                ---
                Corff yr eitem, yn Gymraeg.
                """);
        return ToolkitEngine.builder().source(DirectorySource.of(content)).strict(true).build();
    }

    @Test
    void aWelshVariantIsShownToWelshReadersAsAWholeItemInWelsh() throws IOException {
        ToolkitEngine engine = engine();
        assertThat(engine.diagnostics()).isEmpty();

        Document welsh =
                Jsoup.parse(engine.render(View.item("plymouth-alliance"), "html", WELSH).content());
        Document english =
                Jsoup.parse(
                        engine.render(
                                        View.item("plymouth-alliance"),
                                        "html",
                                        RenderOptions.defaults()
                                                .withMode(RenderOptions.Mode.DOCUMENT))
                                .content());

        assertThat(welsh.selectFirst("h1").text()).isEqualTo("Cynghrair Plymouth");
        assertThat(welsh.select("main [lang=en]")).isEmpty();
        assertThat(welsh.select(".toolkit-language-notice")).isEmpty();
        assertThat(welsh.select(".toolkit-body").text()).isEqualTo("Corff yr eitem, yn Gymraeg.");
        assertThat(welsh.select(".toolkit-facts dd").eachText()).contains("Gwerth cymdeithasol");
        // A variant does not inherit the default file's fields: it lists no partners.
        assertThat(welsh.text()).doesNotContain("Harbour");
        assertThat(english.selectFirst("h1").text()).isEqualTo("The Plymouth Alliance");
        assertThat(english.text()).contains("Harbour (Charity)");
    }

    @Test
    void aVariantInALanguageTheToolkitDoesNotDeclareOrWithoutItsDefaultFileIsReported()
            throws IOException {
        engine();
        write(
                "case-studies/plymouth-alliance.fr.md",
                "---\ntitle: Alliance\nsummary: Une alliance.\n---\n");
        write("case-studies/oldham.cy.md", "---\ntitle: Oldham\nsummary: Oldham.\n---\n");

        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(content)).build();

        assertThat(engine.diagnostics())
                .extracting(d -> d.code())
                .contains(DiagnosticCodes.UNKNOWN_LOCALE, DiagnosticCodes.ORPHAN_LOCALE_VARIANT);
    }
}
