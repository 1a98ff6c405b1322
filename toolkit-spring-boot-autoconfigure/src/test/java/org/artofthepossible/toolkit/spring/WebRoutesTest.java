package org.artofthepossible.toolkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code toolkit.web.enabled}, the application serves the site under the path. */
@SpringBootTest(
        classes = ExampleApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"toolkit.web.enabled=true", "toolkit.web.path=/toolkit"})
class WebRoutesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired ToolkitEngine engine;

    private HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesAreServedUnderThePathWithLinksThatStayUnderIt() throws Exception {
        HttpResponse<String> home = get("/toolkit/");
        HttpResponse<String> study = get("/toolkit/case-studies/plymouth-alliance/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(home.body())
                .startsWith("<!DOCTYPE html>")
                .contains("href=\"/toolkit/case-studies/\"")
                .contains("/toolkit/assets/toolkit.css");
        assertThat(get("/toolkit/case-studies/").body())
                .contains("href=\"/toolkit/case-studies/plymouth-alliance/\"");
        assertThat(study.statusCode()).isEqualTo(200);
        assertThat(study.body()).contains("The Plymouth Alliance");
        assertThat(get("/toolkit/assets/toolkit.css").statusCode()).isEqualTo(200);
        HttpResponse<String> statement = get("/toolkit/accessibility/");
        assertThat(statement.statusCode()).isEqualTo(200);
        assertThat(statement.body()).contains("<h1>Accessibility statement</h1>");
        assertThat(home.body()).contains("href=\"/toolkit/accessibility/\"");
    }

    @Test
    void thePagesJsonIsUnderApi() throws Exception {
        HttpResponse<String> json = get("/toolkit/api/case-studies/plymouth-alliance.json");

        assertThat(json.statusCode()).isEqualTo(200);
        assertThat(json.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("application/json"));
        assertThat(json.body()).startsWith("{\"type\":\"case-study\",\"id\":\"plymouth-alliance\"");
        assertThat(get("/toolkit/api/case-studies.json", "Accept-Language", "cy").body())
                .contains("\"locale\":\"cy\"");
    }

    @Test
    void anEtagAnswers304AndAReloadChangesIt() throws Exception {
        HttpResponse<String> first = get("/toolkit/case-studies/");
        String etag = first.headers().firstValue("ETag").orElseThrow();

        assertThat(get("/toolkit/case-studies/", "If-None-Match", etag).statusCode())
                .isEqualTo(304);
        assertThat(get("/toolkit/case-studies/", "If-None-Match", "\"other\"").statusCode())
                .isEqualTo(200);
        assertThat(first.headers().allValues("Vary").toString()).contains("Accept-Language");
    }

    @Test
    void filtersRedirectsAndUnknownPaths() throws Exception {
        String filtered = get("/toolkit/case-studies/?procurement-route=alliance-contract").body();
        assertThat(filtered)
                .contains("plymouth-alliance")
                .doesNotContain("href=\"/toolkit/case-studies/kirklees-kilt/\"");
        HttpResponse<String> bare = get("/toolkit/case-studies");
        assertThat(bare.statusCode()).isEqualTo(301);
        assertThat(bare.headers().firstValue("Location")).contains("/toolkit/case-studies/");
        assertThat(get("/toolkit").headers().firstValue("Location")).contains("/toolkit/");
        assertThat(get("/toolkit/case-studies/nowhere/").statusCode()).isEqualTo(404);
        assertThat(get("/toolkit/faqs/plymouth-alliance/").statusCode()).isEqualTo(404);
        assertThat(get("/toolkit/api/nothing.json").statusCode()).isEqualTo(404);
    }
}
