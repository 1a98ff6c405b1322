package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
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

    @Test
    void aPageLinksItselfInEachLanguageItHasAndNamesItsAlternatesWhereTheyAreAbsolute()
            throws IOException {
        ToolkitEngine engine = engine();
        var english = new RenderOptions.Translation(new Prefixed(""), uri("https://example.org/"));
        var welsh =
                new RenderOptions.Translation(new Prefixed("/cy"), uri("https://example.org/cy/"));

        Document page =
                Jsoup.parse(
                        engine.render(
                                        View.item("plymouth-alliance"),
                                        "html",
                                        WELSH.withLinks(new Prefixed("/cy"))
                                                .withBaseUrl(URI.create("https://example.org/"))
                                                .withTranslations(Map.of(Locale.ENGLISH, english)))
                                .content());

        // The switcher: each language in the toolkit's order, named in itself, the page's own
        // current.
        assertThat(page.select("nav.toolkit-languages").attr("aria-label")).isEqualTo("Ieithoedd");
        assertThat(page.select(".toolkit-languages-item"))
                .extracting(e -> e.text(), e -> e.child(0).attr("lang"))
                .containsExactly(tuple("English", "en"), tuple("Cymraeg", "cy"));
        assertThat(page.select(".toolkit-languages-link").attr("href"))
                .isEqualTo("/case-studies/plymouth-alliance/");
        assertThat(page.select(".toolkit-languages-link").attr("hreflang")).isEqualTo("en");
        assertThat(page.select("[aria-current=true]").text()).isEqualTo("Cymraeg");
        // Alternates: this page's own URL among them, each absolute.
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://example.org/cy/case-studies/plymouth-alliance/");
        assertThat(page.select("link[rel=alternate][hreflang]"))
                .extracting(e -> e.attr("hreflang"), e -> e.attr("href"))
                .containsExactly(
                        tuple("cy", "https://example.org/cy/case-studies/plymouth-alliance/"),
                        tuple("en", "https://example.org/case-studies/plymouth-alliance/"));

        // A list links its own translation the same way.
        Document list =
                Jsoup.parse(
                        engine.render(
                                        View.list(ItemType.CASE_STUDY),
                                        "html",
                                        DOCUMENT.withTranslations(Map.of(cy(), welsh)))
                                .content());
        assertThat(list.select(".toolkit-languages-link").attr("href"))
                .isEqualTo("/cy/case-studies/");
        // Without base URLs nothing can be absolute: the switcher stays, the alternates go.
        assertThat(list.select("link[rel=alternate]")).isEmpty();
    }

    @Test
    void aPageWithNoTranslationsHasNoSwitcher() throws IOException {
        Document page =
                Jsoup.parse(
                        engine().render(View.item("plymouth-alliance"), "html", DOCUMENT)
                                .content());

        assertThat(page.select(".toolkit-languages, link[rel=alternate]")).isEmpty();
    }

    @Test
    void optionsRefuseATranslationIntoThePagesOwnLanguage() {
        var self = new RenderOptions.Translation(LinkResolver.CLEAN_URLS, Optional.empty());

        assertThatThrownBy(() -> DOCUMENT.withTranslations(Map.of(Locale.ENGLISH, self)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("no translation of itself");
    }

    private static final RenderOptions DOCUMENT =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);

    private static Locale cy() {
        return Locale.forLanguageTag("cy");
    }

    private static Optional<URI> uri(String url) {
        return Optional.of(URI.create(url));
    }

    /** Clean URLs with every page under a prefix, as a server with its Welsh pages under /cy/. */
    private record Prefixed(String prefix) implements LinkResolver {
        @Override
        public String href(ContentItem item) {
            return prefix + LinkResolver.CLEAN_URLS.href(item);
        }

        @Override
        public String listHref(ItemType type) {
            return prefix + LinkResolver.super.listHref(type);
        }
    }
}
