package org.artofthepossible.toolkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/** With {@code toolkit.theme=govuk}, the pages link the govuk stylesheet and it is served. */
@SpringBootTest(
        classes = ExampleApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "toolkit.web.enabled=true",
            "toolkit.web.path=/toolkit",
            "toolkit.theme=govuk"
        })
class GovukWebRoutesTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void thePagesLinkTheGovukStylesheetWhichIsServedBesideThem() throws Exception {
        HttpResponse<String> css = get("/toolkit/assets/toolkit-govuk.css");

        assertThat(get("/toolkit/case-studies/").body())
                .contains("<html class=\"govuk-template\"")
                .contains("href=\"/toolkit/assets/toolkit-govuk.css\"");
        assertThat(css.statusCode()).isEqualTo(200);
        assertThat(css.headers().firstValue("Content-Type"))
                .hasValueSatisfying(t -> assertThat(t).startsWith("text/css"));
        assertThat(css.body()).contains(".govuk-footer");
        assertThat(get("/toolkit/assets/icon.svg").statusCode()).isEqualTo(200);
        assertThat(get("/toolkit/assets/toolkit.css").statusCode()).isEqualTo(404);
    }
}
