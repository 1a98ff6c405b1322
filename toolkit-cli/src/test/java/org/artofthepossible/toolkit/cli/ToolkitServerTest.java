package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.artofthepossible.toolkit.ReloadResult;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.content.DirectorySource;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ToolkitServerTest {
    private final HttpClient http =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
    private ToolkitServer server;

    @TempDir Path content;

    private URI start(ToolkitEngine engine) throws Exception {
        return start(engine, "default");
    }

    private URI start(ToolkitEngine engine, String theme) throws Exception {
        server =
                new ToolkitServer(
                        engine,
                        theme,
                        "127.0.0.1",
                        0,
                        new PrintWriter(new StringWriter()),
                        Optional.empty());
        server.start();
        return URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private HttpResponse<String> get(URI uri, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesHtmlByDefaultAndJsonWhenAskedWithETagsAndA404() throws Exception {
        URI root = start(ToolkitEngine.builder().source(BundledToolkit.source()).build());

        var page = get(root.resolve("case-studies/plymouth-alliance/"));
        var json =
                get(root.resolve("case-studies/plymouth-alliance/"), "Accept", "application/json");
        var api = get(root.resolve("api/case-studies/plymouth-alliance.json"));
        var again =
                get(
                        root.resolve("case-studies/plymouth-alliance/"),
                        "If-None-Match",
                        page.headers().firstValue("ETag").orElseThrow());
        var missing = get(root.resolve("case-studies/atlantis/"));
        var missingJson = get(root.resolve("api/case-studies/atlantis.json"));

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).contains("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Cache-Control")).contains("no-cache");
        assertThat(page.body()).contains("<title>The Plymouth Alliance");
        assertThat(json.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(new ObjectMapper().readTree(json.body()).get("type").asText())
                .isEqualTo("case-study");
        assertThat(api.body()).isEqualTo(json.body());
        assertThat(again.statusCode()).isEqualTo(304);
        assertThat(again.body()).isEmpty();
        assertThat(missing.statusCode()).isEqualTo(404);
        Document notFound = Jsoup.parse(missing.body());
        assertThat(notFound.select("h1").text()).isEqualTo("Page not found");
        assertThat(notFound.select("meta[name=viewport], header, nav.toolkit-menu, footer"))
                .as("built like every other page")
                .hasSize(4);
        assertThat(notFound.select("main a").eachAttr("href")).containsExactly("/", "/menu/");
        var statement = get(root.resolve("accessibility/"));
        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(statement.body()).select("main h1").text())
                .isEqualTo("Accessibility statement");
        assertThat(notFound.select("footer a").eachAttr("href")).contains("/accessibility/");
        // Unprefixed, a page is in the reader's language; each language has its own folder too.
        Document negotiated = Jsoup.parse(page.body());
        assertThat(negotiated.select(".toolkit-languages-link").eachAttr("href"))
                .containsExactly("/cy/case-studies/plymouth-alliance/");
        var welsh = get(root.resolve("cy/case-studies/plymouth-alliance/"));
        Document cy = Jsoup.parse(welsh.body());
        assertThat(welsh.statusCode()).isEqualTo(200);
        assertThat(cy.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(cy.select(".toolkit-languages-link").eachAttr("href"))
                .containsExactly("/en/case-studies/plymouth-alliance/");
        assertThat(cy.select(".toolkit-title-link").attr("href")).isEqualTo("/cy/");
        assertThat(cy.select("link[rel=stylesheet]").attr("href")).isEqualTo("/assets/toolkit.css");
        assertThat(get(root.resolve("en/case-studies/plymouth-alliance/")).body())
                .contains("<html lang=\"en\">");
        assertThat(get(root.resolve("cy")).headers().firstValue("Location")).contains("/cy/");
        assertThat(get(root.resolve("cy/api/case-studies.json")).statusCode()).isEqualTo(200);
        var robots = get(root.resolve("robots.txt"));
        assertThat(robots.body()).contains("User-agent: *", "Disallow: /_toolkit/cache");
        assertThat(missingJson.statusCode()).isEqualTo(404);
        assertThat(missingJson.headers().firstValue("Content-Type")).contains("application/json");
    }

    @Test
    void servesHealthCacheStatisticsTheStylesheetRedirectsAndFilters() throws Exception {
        URI root =
                start(
                        ToolkitEngine.builder()
                                .source(BundledToolkit.source())
                                .recordCacheStats()
                                .build());
        get(root);
        get(root);

        var health = get(root.resolve("healthz"));
        var cache = new ObjectMapper().readTree(get(root.resolve("_toolkit/cache")).body());
        var css = get(root.resolve("assets/toolkit.css"));
        var redirect = get(root.resolve("case-studies"));
        var filtered = get(root.resolve("case-studies/?procurement-route=alliance-contract"));
        var welsh = get(root, "Accept-Language", "cy-GB, en;q=0.5");
        var post =
                http.send(
                        HttpRequest.newBuilder(root)
                                .POST(HttpRequest.BodyPublishers.noBody())
                                .build(),
                        HttpResponse.BodyHandlers.ofString());

        assertThat(health.body()).isEqualTo("ok\n");
        assertThat(cache.get("hits").asLong()).isGreaterThanOrEqualTo(1);
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(redirect.statusCode()).isEqualTo(301);
        assertThat(redirect.headers().firstValue("Location")).contains("/case-studies/");
        assertThat(filtered.body()).contains("<p class=\"toolkit-count\">2 items</p>");
        assertThat(welsh.body()).contains("<html lang=\"cy\">");
        assertThat(post.statusCode()).isEqualTo(405);
    }

    @Test
    void servesTheGovukThemeWithItsOwnStylesheetAndNoOther() throws Exception {
        URI root = start(ToolkitEngine.builder().source(BundledToolkit.source()).build(), "govuk");

        Document page = Jsoup.parse(get(root.resolve("case-studies/")).body());
        var css = get(root.resolve("assets/toolkit-govuk.css"));
        var icon = get(root.resolve("assets/icon.svg"));
        var defaultCss = get(root.resolve("assets/toolkit.css"));

        assertThat(page.select("html").hasClass("govuk-template")).isTrue();
        assertThat(page.select("link[rel=stylesheet]").eachAttr("href"))
                .containsExactly("/assets/toolkit-govuk.css");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type")).contains("text/css; charset=utf-8");
        assertThat(css.body())
                .contains(".govuk-service-navigation", "font-family:arial,sans-serif")
                .doesNotContain("\"GDS Transport\"");
        assertThat(icon.headers().firstValue("Content-Type")).contains("image/svg+xml");
        assertThat(defaultCss.statusCode()).isEqualTo(404);
    }

    @Test
    void servesTermPagesAndSeveralFiltersAtOnceAndSaysWhenNothingMatches() throws Exception {
        URI root = start(ToolkitEngine.builder().source(BundledToolkit.source()).build());

        var termPage = get(root.resolve("case-studies/procurement-route/alliance-contract/"));
        var either =
                get(
                        root.resolve(
                                "case-studies/?procurement-route=alliance-contract"
                                        + "&procurement-route=innovation-partnership"));
        var both =
                get(
                        root.resolve(
                                "case-studies/?procurement-route=alliance-contract"
                                        + "&procurement-route=innovation-partnership"
                                        + "&theme=integrated-care"));
        var none =
                get(
                        root.resolve(
                                "case-studies/?procurement-route=grant-agreement"
                                        + "&theme=integrated-care"));
        var unknownTerm = get(root.resolve("case-studies/procurement-route/nowhere/"));

        assertThat(termPage.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(termPage.body()).select("h1").text())
                .isEqualTo("Case studies: Alliance contract");
        assertThat(termPage.body()).contains("<p class=\"toolkit-count\">2 items</p>");
        assertThat(Jsoup.parse(either.body()).select(".toolkit-entry").size())
                .as("either route")
                .isEqualTo(3);
        assertThat(Jsoup.parse(both.body()).select(".toolkit-entry").size())
                .as("either route, on integrated care")
                .isEqualTo(1);
        assertThat(Jsoup.parse(none.body()).select(".toolkit-no-match").text())
                .isEqualTo("Nothing matches every filter chosen. Show all");
        assertThat(none.body()).contains("<p class=\"toolkit-count\">No items</p>");
        assertThat(unknownTerm.statusCode()).isEqualTo(404);
    }

    @Test
    void reloadsWhileRequestsAreInFlightWithoutAFailedRequestAndKeepsTheLastGoodContent()
            throws Exception {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("toolkit.yaml"), "title: Live\npublisher: P\ndefaultLocale: en\n");
        Files.writeString(content.resolve("pages/news.md"), "---\ntitle: First edition\n---\n");
        ToolkitEngine engine = ToolkitEngine.builder().source(DirectorySource.of(content)).build();
        URI news = start(engine).resolve("pages/news/");

        var running = new AtomicBoolean(true);
        ExecutorService clients = Executors.newFixedThreadPool(4);
        var statuses = new ArrayList<Future<List<Integer>>>();
        for (int c = 0; c < 4; c++) {
            statuses.add(
                    clients.submit(
                            () -> {
                                var seen = new ArrayList<Integer>();
                                while (running.get()) {
                                    seen.add(get(news).statusCode());
                                }
                                return seen;
                            }));
        }
        Thread.sleep(200);
        Files.writeString(content.resolve("pages/news.md"), "---\ntitle: Second edition\n---\n");
        ReloadResult good = engine.reload();
        Thread.sleep(200);
        Files.writeString(content.resolve("pages/news.md"), "---\ntitle: [broken\n---\n");
        ReloadResult broken = engine.reload();
        Thread.sleep(200);
        running.set(false);
        var all = new ArrayList<Integer>();
        for (Future<List<Integer>> f : statuses) {
            all.addAll(f.get());
        }
        clients.shutdown();

        assertThat(good.applied()).isTrue();
        assertThat(broken.applied()).isFalse();
        assertThat(broken.diagnostics())
                .extracting(d -> d.code())
                .containsExactly("malformed-yaml");
        assertThat(all).isNotEmpty().containsOnly(200);
        assertThat(get(news).body()).contains(">Second edition</h1>");
    }

    @Test
    void aPageNestedFiveThousandQuotesDeepIsServedWithTheRestOfTheSite() throws Exception {
        Files.createDirectories(content.resolve("pages"));
        Files.writeString(
                content.resolve("toolkit.yaml"), "title: Deep\npublisher: P\ndefaultLocale: en\n");
        Files.writeString(
                content.resolve("pages/deep.md"),
                "---\ntitle: Deep\n---\n" + ">".repeat(5_000) + " the bottom\n");
        URI root = start(ToolkitEngine.builder().source(DirectorySource.of(content)).build());

        var home = get(root);
        var list = get(root.resolve("pages/"));
        var deep = get(root.resolve("pages/deep/"));

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(list.statusCode()).isEqualTo(200);
        assertThat(deep.statusCode()).isEqualTo(200);
        assertThat(deep.body()).contains("the bottom");
    }
}
