package com.example.toolkitsite;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class ToolkitSiteApplicationTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @LocalServerPort int port;
    @Autowired ToolkitEngine engine;

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void theHomePageListsTheCaseStudies() throws Exception {
        HttpResponse<String> home = get("/");

        assertThat(home.statusCode()).isEqualTo(200);
        assertThat(home.body()).startsWith("<!DOCTYPE html>").contains("/case-studies/plymouth-alliance/");
    }

    @Test
    void aCaseStudyIsAPageAndCanonicalJson() throws Exception {
        assertThat(get("/case-studies/plymouth-alliance/").body())
                .contains("The Plymouth Alliance");
        assertThat(get("/api/case-studies/plymouth-alliance").body())
                .isEqualTo(engine.render(View.item("plymouth-alliance"), "json").content());
        assertThat(get("/assets/toolkit.css").statusCode()).isEqualTo(200);
    }

    @Test
    void anUnknownCaseStudyIsNotFound() throws Exception {
        assertThat(get("/case-studies/nowhere/").statusCode()).isEqualTo(404);
        assertThat(get("/api/case-studies/nowhere").statusCode()).isEqualTo(404);
    }
}
