package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export holds the toolkit in every language it has: the site's language at the root, each other
 * in its own folder, every page linking itself in the others.
 */
class ExportLanguagesTest {
    @TempDir static Path temp;
    private static Path site;

    @BeforeAll
    static void export() {
        site = temp.resolve("site");
        Cli cli =
                Cli.run(
                        "export",
                        "--out",
                        site.toString(),
                        "--base-url",
                        "https://toolkit.example.org/");
        assertThat(cli.status()).as(cli.err()).isZero();
    }

    @Test
    void everyPageInOneLanguageIsInTheOtherAndEachLinksTheOther() throws IOException {
        List<Path> english =
                pages(site).stream().filter(p -> !p.startsWith(site.resolve("cy"))).toList();
        assertThat(english).hasSize(60);
        int linked = 0;
        for (Path page : english) {
            Path welsh = site.resolve("cy").resolve(site.relativize(page));
            assertThat(welsh).as("the Welsh %s", site.relativize(page)).exists();
            Document en = Jsoup.parse(page.toFile());
            Document cy = Jsoup.parse(welsh.toFile());
            assertThat(en.selectFirst("html").attr("lang")).isEqualTo("en");
            assertThat(cy.selectFirst("html").attr("lang")).isEqualTo("cy");
            if (page.endsWith(Path.of("search", "index.html"))) {
                continue; // a search page has no address of its own to link
            }
            assertThat(switcherTarget(page, en)).isEqualTo(welsh);
            assertThat(switcherTarget(welsh, cy)).isEqualTo(page);
            assertThat(alternates(en)).isEqualTo(alternates(cy)).hasSize(2);
            linked++;
        }
        assertThat(linked).isEqualTo(59);
    }

    @Test
    void alternatesNameEachLanguagesCanonicalUrl() throws IOException {
        Document en =
                Jsoup.parse(site.resolve("case-studies/plymouth-alliance/index.html").toFile());
        Document cy =
                Jsoup.parse(site.resolve("cy/case-studies/plymouth-alliance/index.html").toFile());

        assertThat(alternates(en))
                .containsExactly(
                        "en https://toolkit.example.org/case-studies/plymouth-alliance/",
                        "cy https://toolkit.example.org/cy/case-studies/plymouth-alliance/");
        assertThat(cy.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://toolkit.example.org/cy/case-studies/plymouth-alliance/");
        // The Welsh pages share the site's files, and link the Welsh pages.
        assertThat(cy.select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("../../../assets/toolkit.css");
        assertThat(cy.select(".toolkit-title-link").attr("href"))
                .isEqualTo("../../../cy/index.html");
        assertThat(cy.select(".toolkit-languages [aria-current=true]").text()).isEqualTo("Cymraeg");
    }

    @Test
    void withoutABaseUrlPagesLinkTheirTranslationButNameNoAlternates() {
        Path plain = temp.resolve("plain");
        assertThat(Cli.run("export", "--out", plain.toString()).status()).isZero();

        Document page = parse(plain.resolve("cy/case-studies/index.html"));

        assertThat(page.select(".toolkit-languages-link").attr("href"))
                .isEqualTo("../../case-studies/index.html");
        assertThat(page.select("link[rel=alternate], link[rel=canonical]")).isEmpty();
    }

    private static Path switcherTarget(Path page, Document html) {
        Element link = html.selectFirst("nav.toolkit-languages a.toolkit-languages-link");
        assertThat(link).as("the switcher of %s", site.relativize(page)).isNotNull();
        return page.getParent().resolve(link.attr("href")).normalize();
    }

    private static List<String> alternates(Document html) {
        return html.select("link[rel=alternate][hreflang]").stream()
                .map(l -> l.attr("hreflang") + " " + l.attr("href"))
                .sorted((a, b) -> a.startsWith("en") ? -1 : b.startsWith("en") ? 1 : 0)
                .toList();
    }

    private static List<Path> pages(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".html")).sorted().toList();
        }
    }

    private static Document parse(Path file) {
        try {
            return Jsoup.parse(file.toFile());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
