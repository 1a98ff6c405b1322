package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code serve} answers {@code /search?q=…} as HTML and {@code /api/search.json?q=…} as JSON. */
class ServedSearchTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
    private static final StringWriter LOG = new StringWriter();
    private static ToolkitServer server;
    private static URI root;

    @BeforeAll
    static void start() throws Exception {
        server =
                new ToolkitServer(
                        ToolkitEngine.builder().source(BundledToolkit.source()).build(),
                        "default",
                        "127.0.0.1",
                        0,
                        new PrintWriter(LOG),
                        Optional.empty());
        server.start();
        root = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(10));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The status line for a request target no URI class would let through. */
    private static String rawStatusLine(String target) throws Exception {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream()
                    .write(
                            ("GET "
                                            + target
                                            + " HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n")
                                    .getBytes(StandardCharsets.US_ASCII));
            var reader =
                    new BufferedReader(
                            new InputStreamReader(
                                    socket.getInputStream(), StandardCharsets.US_ASCII));
            return reader.readLine();
        }
    }

    private static String q(String words) {
        return URLEncoder.encode(words, StandardCharsets.UTF_8);
    }

    @Test
    void searchesAndRendersTheResultsPage() throws Exception {
        var response = get("search?q=" + q("social impact bond"));
        Document page = Jsoup.parse(response.body());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .contains("text/html; charset=utf-8");
        assertThat(page.selectFirst("ol.toolkit-results h2 a").attr("href"))
                .isEqualTo("/case-studies/hct-travel-training/");
        assertThat(page.selectFirst("main input[name=q]").attr("value"))
                .isEqualTo("social impact bond");
        assertThat(get("search/?q=football").body()).contains("kibble-st-mirren");
    }

    @Test
    void everyPageCarriesASearchBoxThatPostsNowhereButGetsTheSearchPage() throws Exception {
        Document page = Jsoup.parse(get("case-studies/").body());

        assertThat(page.selectFirst("header form[role=search]").attr("action"))
                .isEqualTo("/search");
        assertThat(page.selectFirst("header form[role=search]").attr("method")).isEqualTo("get");
    }

    @Test
    void filtersAndPagesComeFromTheQueryAndOtherParametersAreNotTerms() throws Exception {
        Document narrowed =
                Jsoup.parse(get("search?q=contract&procurement-route=alliance-contract").body());
        Document second = Jsoup.parse(get("search?q=council&page=2").body());

        assertThat(narrowed.select("ol.toolkit-results h2 a").eachAttr("href"))
                .isNotEmpty()
                .allMatch(href -> href.contains("alliance"));
        // "q" and "page" look like a vocabulary and a term, but the toolkit has no such vocabulary.
        assertThat(second.selectFirst(".toolkit-pager .toolkit-meta").text())
                .startsWith("Page 2 of");
        assertThat(second.select("main form input[type=hidden]")).isEmpty();
    }

    @Test
    void answersJsonAtTheApiPathAndForAcceptJson() throws Exception {
        var api = get("api/search.json?q=football");
        var accepted = get("search?q=football", "Accept", "application/json");
        JsonNode json = new ObjectMapper().readTree(api.body());

        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.headers().firstValue("Content-Type")).contains("application/json");
        assertThat(json.get("type").asText()).isEqualTo("search");
        assertThat(json.at("/hits/0/item/id").asText()).isEqualTo("kibble-st-mirren");
        assertThat(accepted.body()).isEqualTo(api.body());
    }

    @Test
    void anyWordsAreAnsweredAndEchoedEscaped() throws Exception {
        var hostile = get("search?q=" + q("\"><script>alert(1)</script>"));
        var huge = get("search?q=" + "a".repeat(6_000));
        String badEscape = rawStatusLine("/search?q=%ZZ");
        var badUtf8 = get("search?q=%C3%28");
        var noWords = get("search");

        assertThat(hostile.statusCode()).isEqualTo(200);
        assertThat(hostile.body()).doesNotContain("<script>alert");
        assertThat(Jsoup.parse(hostile.body()).selectFirst(".toolkit-count").text())
                .endsWith(" for “\"><script>alert(1)</script>”");
        assertThat(huge.statusCode()).isEqualTo(200);
        assertThat(badEscape).startsWith("HTTP/1.1 400");
        assertThat(badUtf8.statusCode()).isEqualTo(400);
        assertThat(noWords.statusCode()).isEqualTo(200);
        assertThat(Jsoup.parse(noWords.body()).selectFirst(".toolkit-hint")).isNotNull();
        assertThat(LOG.toString()).doesNotContain("error serving");
    }

    @Test
    void welshVisitorsSearchTheWelshPages() throws Exception {
        Document page = Jsoup.parse(get("search?q=alliance", "Accept-Language", "cy").body());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(page.selectFirst("main h1").text()).isEqualTo("Chwilio'r pecyn cymorth");
    }

    @Test
    void theWelshFoldersSearchIsWelshWhateverTheBrowserAsksAndLeadsToWelshPages() throws Exception {
        Document page = Jsoup.parse(get("cy/search?q=alliance", "Accept-Language", "en").body());

        assertThat(page.selectFirst("html").attr("lang")).isEqualTo("cy");
        assertThat(page.select(".toolkit-result h2 a").eachAttr("href"))
                .isNotEmpty()
                .allSatisfy(href -> assertThat(href).startsWith("/cy/"));
        assertThat(page.select("form.toolkit-search-form").attr("action")).isEqualTo("/cy/search");
    }
}
