package org.artofthepossible.toolkit.spring;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ItemType;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.json.JsonParserFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A Spring Boot application with the starter and no toolkit bean of its own, on a random port,
 * asked over real HTTP.
 */
@SpringBootTest(
        classes = ExampleApplication.class,
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "management.endpoints.web.exposure.include=health,metrics",
            "management.endpoint.health.show-details=always"
        })
class StarterTest {
    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    @LocalServerPort int port;
    @Autowired ToolkitEngine engine;

    private HttpResponse<String> get(String path, String language) throws Exception {
        HttpRequest.Builder request =
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String rendered(View view, Locale locale) {
        return engine.render(view, "json", RenderOptions.defaults().withLocale(locale)).content();
    }

    @Test
    void theSitesPagesAreNotServedUnlessAskedFor() throws Exception {
        assertThat(get("/toolkit/", null).statusCode()).isEqualTo(404);
    }

    @Test
    void theEngineServesTheBundledToolkit() {
        assertThat(engine.diagnostics()).noneMatch(d -> d.isError());
        assertThat(engine.toolkit().info().publisher()).isEqualTo("E3M");
    }

    @Test
    void aControllerReturningAnItemAnswersWithTheCanonicalJsonLabelsIncluded() throws Exception {
        HttpResponse<String> response = get("/case-studies/plymouth-alliance", "en");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body())
                .isEqualTo(rendered(View.item("plymouth-alliance"), Locale.ENGLISH))
                .contains("{\"id\":\"alliance-contract\",\"label\":\"Alliance contract\"}");
    }

    @Test
    void aViewAndAListOfItemsAreCanonicalJsonToo() throws Exception {
        assertThat(get("/case-studies", null).body())
                .isEqualTo(rendered(View.list(ItemType.CASE_STUDY), Locale.ENGLISH));
        String firstTwo = get("/first-two", null).body();
        assertThat(firstTwo)
                .startsWith(
                        "["
                                + rendered(
                                        View.item(engine.toolkit().items().get(0).id()),
                                        Locale.ENGLISH));
    }

    @Test
    void theRequestsLanguageChoosesTheLabels() throws Exception {
        assertThat(get("/locale", "cy-GB,cy;q=0.9").body()).isEqualTo("\"cy\"");
        assertThat(get("/case-studies", "cy").body())
                .isEqualTo(rendered(View.list(ItemType.CASE_STUDY), WELSH));
        assertThat(get("/locale", "fr").body()).isEqualTo("\"en\"");
    }

    @Test
    @SuppressWarnings("unchecked") // the parser gives JSON objects as maps
    void theHealthEndpointHasAToolkitComponent() throws Exception {
        Map<String, Object> health =
                JsonParserFactory.getJsonParser().parseMap(get("/actuator/health", null).body());
        var toolkit =
                (Map<String, Object>)
                        ((Map<String, Object>) health.get("components")).get("toolkit");
        var details = (Map<String, Object>) toolkit.get("details");

        assertThat(toolkit.get("status")).isEqualTo("UP");
        assertThat(details.get("version")).isEqualTo(engine.toolkit().version());
        assertThat(((Number) details.get("errors")).intValue()).isZero();
        assertThat(((Number) details.get("warnings")).intValue()).isZero();
        assertThat(details.get("lastReloadApplied")).isEqualTo(true);
        assertThat(Instant.parse((String) details.get("lastReload"))).isBefore(Instant.now());
    }

    @Test
    void renderTimersAndTheRenderCacheAreMetrics() throws Exception {
        get("/case-studies", null);
        get("/case-studies", null);

        String timer = get("/actuator/metrics/toolkit.render", null).body();
        assertThat(timer).contains("\"name\":\"toolkit.render\"").contains("\"format\"");
        String gets =
                get("/actuator/metrics/cache.gets?tag=cache:toolkit.render&tag=result:hit", null)
                        .body();
        assertThat(gets).contains("\"name\":\"cache.gets\"");
        assertThat(gets).doesNotContain("\"value\":0.0");
        engine.reload();
        assertThat(get("/actuator/metrics/toolkit.reload", null).body()).contains("\"applied\"");
        assertThat(get("/actuator/metrics/cache.size?tag=cache:toolkit.render", null).statusCode())
                .isEqualTo(200);
    }
}
