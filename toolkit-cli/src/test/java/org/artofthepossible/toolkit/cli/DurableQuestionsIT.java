package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.QuestionState;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar's {@code serve}, killed: what it confirmed to a visitor is still kept. */
class DurableQuestionsIT {
    private static final Path JAR = Path.of("target/toolkit.jar");
    private static final Pattern SERVING = Pattern.compile("at http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir Path data;

    @Test
    void aQuestionConfirmedWithA303OutlivesASigkillOfTheServer() throws Exception {
        Process serve =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString(),
                                "serve",
                                "--port",
                                "0",
                                "--data",
                                data.toString())
                        .redirectErrorStream(true)
                        .start();
        String reference;
        try {
            var output =
                    new BufferedReader(
                            new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
            String line;
            Matcher serving = null;
            var seen = new StringBuilder();
            while ((line = output.readLine()) != null) {
                seen.append(line).append('\n');
                Matcher m = SERVING.matcher(line);
                if (m.find()) {
                    serving = m;
                    break;
                }
            }
            assertThat(serving).as(seen.toString()).isNotNull();
            assertThat(seen.toString()).doesNotContain("SLF4J");
            URI root = URI.create("http://127.0.0.1:" + serving.group(1) + "/");
            var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
            String form =
                    http.send(
                                    HttpRequest.newBuilder(root.resolve("/questions/new")).build(),
                                    HttpResponse.BodyHandlers.ofString())
                            .body();
            String token = Jsoup.parse(form).select("input[name=token]").val();
            // As long as a person takes at least, so the question is not taken for a bot's.
            Thread.sleep(3_100);
            String body =
                    "token="
                            + URLEncoder.encode(token, StandardCharsets.UTF_8)
                            + "&question="
                            + URLEncoder.encode("Kept after a crash?", StandardCharsets.UTF_8);
            HttpResponse<String> posted =
                    http.send(
                            HttpRequest.newBuilder(root.resolve("/questions"))
                                    .header("Content-Type", "application/x-www-form-urlencoded")
                                    .POST(HttpRequest.BodyPublishers.ofString(body))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(posted.statusCode()).isEqualTo(303);
            String location = posted.headers().firstValue("Location").orElseThrow();
            reference = location.substring(location.lastIndexOf('/') + 1);
        } finally {
            serve.destroyForcibly(); // SIGKILL, at once: no shutdown hook, no flush
            assertThat(serve.waitFor(60, TimeUnit.SECONDS)).isTrue();
        }

        try (JdbcQuestionStore store = JdbcQuestionStore.h2(data)) {
            assertThat(store.find(reference))
                    .hasValueSatisfying(
                            q -> {
                                assertThat(q.text()).isEqualTo("Kept after a crash?");
                                assertThat(q.state()).isEqualTo(QuestionState.RECEIVED);
                            });
            assertThat(store.list(Optional.empty())).hasSize(1);
        }
    }
}
