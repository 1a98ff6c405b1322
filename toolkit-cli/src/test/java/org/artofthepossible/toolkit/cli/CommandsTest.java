package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CommandsTest {
    @TempDir Path temp;

    @Test
    void exportWritesTheWholeSiteWithLinksThatResolveOnDisk() throws Exception {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("export", "--out", site.toString());

        assertThat(cli.status()).isZero();
        assertThat(cli.out())
                .matches(
                        "Exported 120 pages, 236 files, \\d+ bytes in \\d+\\.\\d\\d s to .*site"
                                + " \\(all written\\);"
                                + " without --base-url there are no canonical links, structured"
                                + " data URLs, sitemap.xml or feed.xml\\R");
        assertThat(site.resolve("sitemap.xml")).doesNotExist();
        assertThat(site.resolve("robots.txt")).content().isEqualTo("User-agent: *\nAllow: /\n");
        assertThat(site.resolve("feed.xml")).doesNotExist();
        assertThat(site.resolve("index.html")).exists();
        assertThat(site.resolve("case-studies/plymouth-alliance/index.html")).exists();
        assertThat(site.resolve("api/case-studies/plymouth-alliance.json")).exists();
        assertThat(site.resolve("assets/toolkit.css")).exists();
        assertThat(site.resolve("search/index.html"))
                .content()
                .contains("<script src=\"../assets/toolkit-search.js\" defer></script>\n</head>")
                .contains("id=\"toolkit-search-results\"");
        assertThat(site.resolve("cy/search/index.html"))
                .content()
                .contains(
                        "<script src=\"../../assets/toolkit-search.js\" defer></script>\n</head>");
        assertThat(site.resolve("cy/api/case-studies/plymouth-alliance.json")).exists();
        assertThat(site.resolve("assets/toolkit-search.js")).content().contains("pagefind.js");
        assertThat(site.resolve("case-studies/index.html"))
                .content()
                .contains("<form class=\"toolkit-search-box\" action=\"../search/index.html\"");
        assertEveryLocalLinkLeadsToAFile(site);
    }

    /**
     * Both themes in both locales: every page, stylesheet, icon and script a page links is there.
     */
    @ParameterizedTest
    @CsvSource({"default, en", "default, cy", "govuk, en", "govuk, cy"})
    void everyVariantOfTheExportShipsEveryFileItsPagesLink(String theme, String locale)
            throws IOException {
        Path site = temp.resolve(theme + "-" + locale);

        Cli cli = Cli.run("export", "--out", site.toString(), "--theme", theme, "--locale", locale);

        assertThat(cli.status()).as(cli.err()).isZero();
        String stylesheet = theme.equals("govuk") ? "toolkit-govuk.css" : "toolkit.css";
        assertThat(Jsoup.parse(site.resolve("index.html").toFile()).select("link[rel=stylesheet]"))
                .extracting(link -> link.attr("href"))
                .containsExactly("assets/" + stylesheet);
        assertThat(site.resolve("assets/" + stylesheet)).isNotEmptyFile();
        int links = assertEveryLocalLinkLeadsToAFile(site);
        assertThat(links).as("local links checked").isGreaterThan(1000);
    }

    @Test
    void aThemeTheRendererDoesNotHaveIsRefusedBeforeAnythingIsWritten() {
        Path site = temp.resolve("site");

        Cli cli = Cli.run("export", "--out", site.toString(), "--theme", "gov-uk");

        assertThat(cli.status()).isEqualTo(2);
        assertThat(cli.err())
                .startsWith(
                        "Invalid value for option '--theme': the html renderer has no theme"
                                + " 'gov-uk'; it has [default, govuk]");
        assertThat(site).doesNotExist();
    }

    /**
     * Follows every local {@code href} and {@code src} of every exported page to a file.
     *
     * @return how many links were followed
     */
    private static int assertEveryLocalLinkLeadsToAFile(Path site) throws IOException {
        int followed = 0;
        try (Stream<Path> files = Files.walk(site)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                Document html = Jsoup.parse(page.toFile());
                for (var element : html.select("a[href], link[href], script[src], img[src]")) {
                    String href =
                            element.hasAttr("src") ? element.attr("src") : element.attr("href");
                    if (!href.startsWith("http") && !href.startsWith("#")) {
                        String file = href.replaceAll("[?#].*$", "");
                        assertThat(page.getParent().resolve(file).normalize())
                                .as("%s links to %s", site.relativize(page), href)
                                .exists();
                        followed++;
                    }
                }
            }
        }
        return followed;
    }

    /**
     * A static site has no server to read a filter's query: each filter link of a list leads to a
     * page of its own that lists exactly the items with that term, says how many, and is in the
     * sitemap.
     */
    @Test
    void everyFilterLinkOfAnExportLeadsToAPageListingExactlyTheMatchingItems() throws Exception {
        Path site = temp.resolve("site");
        assertThat(
                        Cli.run(
                                        "export",
                                        "--out",
                                        site.toString(),
                                        "--base-url",
                                        "https://toolkit.example.org/")
                                .status())
                .isZero();
        var toolkit = ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();
        String sitemap = Files.readString(site.resolve("sitemap.xml"));

        int checked = 0;
        for (ItemType type : ItemType.values()) {
            Path list = site.resolve(type.plural() + "/index.html");
            for (var link : Jsoup.parse(list.toFile()).select(".toolkit-facets li a")) {
                String href = link.attr("href");
                assertThat(href).as("a filter link").doesNotContain("?").endsWith("/index.html");
                Path page = list.getParent().resolve(href).normalize();
                assertThat(page).as(href).exists();
                String[] parts = site.relativize(page.getParent()).toString().split("/");
                var filter = TermFilter.allOf(TermRef.of(parts[1], parts[2]));
                List<String> expected =
                        toolkit.list(type, filter, Locale.ENGLISH).stream()
                                .map(i -> i.title())
                                .toList();
                Document termPage = Jsoup.parse(page.toFile());
                List<String> shown =
                        termPage.select(".toolkit-entry h2, .toolkit-question-text").eachText();
                assertThat(shown).as(href).containsExactlyInAnyOrderElementsOf(expected);
                assertThat(termPage.select(".toolkit-count").text())
                        .as(href)
                        .startsWith(Integer.toString(expected.size()));
                assertThat(termPage.select("h1").text()).as(href).contains(": ");
                assertThat(termPage.select(".toolkit-facets [aria-current]")).hasSize(1);
                assertThat(sitemap)
                        .contains(
                                "<loc>https://toolkit.example.org/"
                                        + String.join("/", parts)
                                        + "/</loc>");
                checked++;
            }
        }
        assertThat(checked).as("filter links checked").isGreaterThanOrEqualTo(21);
    }

    /**
     * Structured data, canonical links and the sitemap need absolute URLs: from the base URL, never
     * a page-relative path made absolute, and none invented without one.
     */
    @Test
    void absoluteUrlsComeFromTheBaseUrlAndNoneIsInventedWithoutOne() throws Exception {
        Path with = temp.resolve("with");
        Path without = temp.resolve("without");
        assertThat(
                        Cli.run(
                                        "export",
                                        "--out",
                                        with.toString(),
                                        "--base-url",
                                        "https://x.example/t")
                                .status())
                .isZero();
        assertThat(Cli.run("export", "--out", without.toString()).status()).isZero();

        ObjectMapper mapper = new ObjectMapper();
        try (Stream<Path> files = Files.walk(with)) {
            for (Path page : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                for (var script :
                        Jsoup.parse(page.toFile()).select("script[type=application/ld+json]")) {
                    JsonNode json = mapper.readTree(script.data());
                    var ours = new java.util.ArrayList<String>(json.findValuesAsText("url"));
                    ours.addAll(json.findValuesAsText("item"));
                    ours.addAll(json.findValuesAsText("@id"));
                    ours.removeIf(u -> !u.contains("x.example") && u.startsWith("https://"));
                    assertThat(ours)
                            .as(with.relativize(page).toString())
                            .allSatisfy(
                                    u ->
                                            assertThat(u)
                                                    .startsWith("https://x.example/t/")
                                                    .doesNotContain("..", "index.html"));
                }
            }
        }
        Document study =
                Jsoup.parse(with.resolve("case-studies/plymouth-alliance/index.html").toFile());
        JsonNode graph =
                mapper.readTree(study.selectFirst("script[type=application/ld+json]").data())
                        .get("@graph");
        assertThat(graph.get(0).get("url").asText())
                .isEqualTo("https://x.example/t/case-studies/plymouth-alliance/");
        assertThat(graph.get(1).findValuesAsText("name"))
                .containsExactly(
                        "From Procurement to Partnership: a Practical Toolkit for Commissioners",
                        "Case studies",
                        "The Plymouth Alliance: an alliance contract supporting people with complex"
                                + " needs");
        try (Stream<Path> files = Files.walk(without)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                assertThat(Files.readString(file)).as(file.toString()).doesNotContain("localhost");
            }
        }
        assertThat(
                        Jsoup.parse(without.resolve("index.html").toFile())
                                .select("link[rel=canonical]"))
                .isEmpty();
    }

    @Test
    void anExportLinksToTheQuestionFormOfARunningServerOnlyWhenGivenOne() throws Exception {
        Path without = temp.resolve("without");
        Path with = temp.resolve("with");

        assertThat(Cli.run("export", "--out", without.toString()).status()).isZero();
        Cli cli =
                Cli.run(
                        "export",
                        "--out",
                        with.toString(),
                        "--questions-url",
                        "https://toolkit.example.org/questions/new");

        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(without.resolve("faqs/index.html")).content().doesNotContain("Ask a question");
        for (String page : List.of("faqs/index.html", "faqs/who-initiates/index.html")) {
            assertThat(
                            Jsoup.parse(with.resolve(page).toFile())
                                    .select("a:contains(Ask a question)"))
                    .extracting(a -> a.attr("href"))
                    .containsExactly("https://toolkit.example.org/questions/new");
        }
        Cli relative =
                Cli.run(
                        "export",
                        "--out",
                        temp.resolve("x").toString(),
                        "--questions-url",
                        "/questions/new");
        assertThat(relative.status()).isEqualTo(2);
        assertThat(relative.err())
                .contains("--questions-url must be the absolute http or https address");
    }

    @Test
    void exportWritesAValidSitemapAndFeed() throws Exception {
        Path site = temp.resolve("site");
        Cli.run("export", "--out", site.toString(), "--base-url", "https://toolkit.example.org");

        assertThat(site.resolve("robots.txt"))
                .content()
                .contains("Sitemap: https://toolkit.example.org/sitemap.xml");
        var xml = DocumentBuilderFactory.newInstance();
        xml.setNamespaceAware(true);
        var sitemap = xml.newDocumentBuilder().parse(site.resolve("sitemap.xml").toFile());
        var feed = xml.newDocumentBuilder().parse(site.resolve("feed.xml").toFile());

        assertThat(
                        sitemap.getElementsByTagNameNS(
                                        "http://www.sitemaps.org/schemas/sitemap/0.9", "loc")
                                .getLength())
                .isEqualTo(2 * 59);
        assertThat(sitemap.getElementsByTagName("loc").item(0).getTextContent())
                .isEqualTo("https://toolkit.example.org/");
        assertThat(sitemap.getElementsByTagName("loc").item(59).getTextContent())
                .isEqualTo("https://toolkit.example.org/cy/");
        assertThat(feed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "entry").getLength())
                .isEqualTo(9);
        var welshFeed = xml.newDocumentBuilder().parse(site.resolve("cy/feed.xml").toFile());
        var welshLinks = welshFeed.getElementsByTagNameNS("http://www.w3.org/2005/Atom", "link");
        assertThat(
                        java.util.stream.IntStream.range(0, welshLinks.getLength())
                                .mapToObj(
                                        i ->
                                                ((org.w3c.dom.Element) welshLinks.item(i))
                                                        .getAttribute("href")))
                .contains("https://toolkit.example.org/cy/feed.xml");
        assertThat(
                        Files.readString(
                                site.resolve("case-studies/oldham-social-prescribing/index.html")))
                .contains(
                        "<link rel=\"canonical\" href=\"https://toolkit.example.org/case-studies/oldham-social-prescribing/\">");
    }

    @Test
    void exportReplacesAnEarlierExportWholeAndLeavesNoStagingBehind() throws IOException {
        Path site = temp.resolve("site");
        assertThat(Cli.run("export", "--out", site.toString()).status()).isZero();

        assertThat(Cli.run("export", "--out", site.toString(), "--locale", "cy").status()).isZero();

        assertThat(Files.readString(site.resolve("index.html"))).contains("<html lang=\"cy\">");
        assertThat(Files.readString(site.resolve("en/index.html"))).contains("<html lang=\"en\">");
        assertThat(site.resolve("cy")).doesNotExist();
        try (Stream<Path> beside = Files.list(temp)) {
            assertThat(beside).containsExactly(site);
        }
    }

    @Test
    void validateReportsEveryProblemWithItsLocationAndFails() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("toolkit.yaml"), "title: T\npublisher: P\ndefaultLocale: en\n");
        Files.writeString(content.resolve("pages/good.md"), "---\ntitle: Good\n---\n");
        Files.writeString(
                content.resolve("pages/bad.md"),
                "---\ntitle: Bad\norder: first\nsumary: x\nrelated: [nowhere]\n---\n");

        Cli text = Cli.run("validate", content.toString());
        Cli json = Cli.run("validate", content.toString(), "--format", "json");

        assertThat(text.status()).isEqualTo(1);
        assertThat(text.out())
                .isEqualTo(
                        String.join(
                                System.lineSeparator(),
                                "pages/bad.md:3:8: error wrong-type: expected a whole number, found 'first' (item bad, field order)",
                                "pages/bad.md:4:1: warning unknown-field: unknown field 'sumary' is ignored; did you mean 'summary'? (item bad, field sumary)",
                                "pages/bad.md:5:11: error dangling-reference: related item 'nowhere' does not exist (item bad, field related[0])",
                                "2 errors, 1 warning; 1 item loaded",
                                ""));
        JsonNode report = new ObjectMapper().readTree(json.out());
        assertThat(json.status()).isEqualTo(1);
        assertThat(report.get("errors").asInt()).isEqualTo(2);
        assertThat(report.at("/diagnostics/0/line").asInt()).isEqualTo(3);
        assertThat(report.at("/diagnostics/0/code").asText()).isEqualTo("wrong-type");
    }

    @Test
    void validatePassesCleanContentAndStrictFailsOnWarnings() throws IOException {
        Path content = temp.resolve("content");
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("toolkit.yaml"), "title: T\npublisher: P\ndefaultLocale: en\n");
        Files.writeString(content.resolve("pages/good.md"), "---\ntitle: Good\n---\n");
        assertThat(Cli.run("validate", content.toString()).status()).isZero();

        Files.writeString(
                content.resolve("pages/extra.md"), "---\ntitle: Extra\ncolour: red\n---\n");

        assertThat(Cli.run("validate", content.toString()).status()).isZero();
        assertThat(Cli.run("validate", content.toString(), "--strict").status()).isEqualTo(1);
    }

    @Test
    void usageErrorsExitWithTwoAndSayWhatIsWrongOnStandardError() {
        Cli missing = Cli.run("validate", temp.resolve("nowhere").toString());
        Cli unknown = Cli.run("plugins", "--colour", "red");
        Cli none = Cli.run();

        assertThat(List.of(missing.status(), unknown.status(), none.status())).containsOnly(2);
        assertThat(missing.err()).startsWith("No such file or folder: ");
        assertThat(unknown.err()).startsWith("Unknown options: '--colour', 'red'");
        assertThat(none.err())
                .startsWith("Missing a command: export, serve, validate, questions or plugins");
    }

    @Test
    void pluginsListsEveryProviderWithItsClass() {
        Cli cli = Cli.run("plugins");

        assertThat(cli.status()).isZero();
        assertThat(cli.out())
                .contains(
                        "renderer html: org.artofthepossible.toolkit.render.html.HtmlRendererProvider")
                .contains(
                        "renderer json: org.artofthepossible.toolkit.render.json.JsonRendererProvider")
                .contains("content loader markdown [md]")
                .contains(
                        "validation rule icons: org.artofthepossible.toolkit.render.html.IconRuleProvider")
                .endsWith("8 plugins, 0 problems" + System.lineSeparator());
    }

    @Test
    void everyCommandHasHelpAndTheToolHasAVersion() {
        for (String command : List.of("export", "serve", "validate", "plugins")) {
            Cli help = Cli.run(command, "--help");
            assertThat(help.status()).isZero();
            assertThat(help.out()).startsWith("Usage: toolkit " + command);
        }
        assertThat(Cli.run("--version").out()).startsWith("toolkit ");
    }
}
