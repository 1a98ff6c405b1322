package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

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
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.Moderation;
import org.artofthepossible.toolkit.questions.Notices;
import org.artofthepossible.toolkit.questions.PublishedQuestions;
import org.artofthepossible.toolkit.questions.QuestionIntake;
import org.artofthepossible.toolkit.questions.QuestionState;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code serve}'s question pages, over HTTP, as a browser without JavaScript uses them. */
class ServedQuestionsTest {
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();

    @TempDir Path data;
    private JdbcQuestionStore store;
    private ToolkitEngine engine;
    private ToolkitServer server;
    private ServedQuestions served;
    private URI root;

    @BeforeEach
    void start() throws Exception {
        store = JdbcQuestionStore.h2(data);
        engine =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .source(new PublishedQuestions(store, Optional.of("community-questions")))
                        .build();
        // No fill time, so the tests need not wait; the intake's own tests check it.
        QuestionIntake intake =
                QuestionIntake.builder(store).minimumFillTime(Duration.ZERO).build();
        var log = new PrintWriter(new StringWriter());
        server = new ToolkitServer(engine, "default", "127.0.0.1", 0, log, Optional.of(intake));
        server.start();
        served = new ServedQuestions(store, engine, Optional.empty(), log);
        root = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterEach
    void stop() {
        server.close();
        served.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(root.resolve(path)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private String rawStatusLine(String request) throws Exception {
        try (var socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
            return new BufferedReader(
                            new InputStreamReader(
                                    socket.getInputStream(), StandardCharsets.US_ASCII))
                    .readLine();
        }
    }

    private HttpResponse<String> post(String body, String type) throws Exception {
        return HTTP.send(
                HttpRequest.newBuilder(root.resolve("/questions"))
                        .timeout(Duration.ofSeconds(10))
                        .header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(Map<String, String> fields) throws Exception {
        return post(encode(fields), "application/x-www-form-urlencoded");
    }

    private static String encode(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(
                        e ->
                                URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8)
                                        + "="
                                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The form's fields as the page gives them, hidden ones included. */
    private Map<String, String> form() throws Exception {
        HttpResponse<String> page = get("/questions/new");
        assertThat(page.statusCode()).isEqualTo(200);
        Document html = Jsoup.parse(page.body());
        var fields = new LinkedHashMap<String, String>();
        html.select("form.toolkit-ask-form input, form.toolkit-ask-form textarea")
                .forEach(input -> fields.put(input.attr("name"), input.val()));
        return fields;
    }

    @Test
    void aQuestionPostedIsRedirectedToItsConfirmationAndRefreshingChangesNothing()
            throws Exception {
        Map<String, String> fields = form();
        assertThat(fields).containsKeys("token", "question", "name", "email", "website");
        fields.put("question", "Can a social enterprise lead an alliance?");

        HttpResponse<String> posted = post(fields);

        assertThat(posted.statusCode()).isEqualTo(303);
        String location = posted.headers().firstValue("Location").orElseThrow();
        assertThat(location).matches("/questions/received/Q-[0-9A-Z]{4}");
        assertThat(posted.headers().firstValue("Content-Security-Policy")).isPresent();
        Document received = Jsoup.parse(get(location).body());
        assertThat(received.select("h1").text()).isEqualTo("Question received");
        assertThat(received.select(".toolkit-panel-body strong").text())
                .isEqualTo(location.substring(location.lastIndexOf('/') + 1));
        // The browser's refresh of the post sends the same form: one question, one reference.
        assertThat(post(fields).headers().firstValue("Location")).contains(location);
        assertThat(store.list(Optional.empty())).hasSize(1);
    }

    @Test
    void invalidInputComesBackWithTheErrorSummaryLinkedToEachFieldAndTheInputKept()
            throws Exception {
        Map<String, String> fields = form();
        fields.put("question", "");
        fields.put("email", "not-an-address");

        HttpResponse<String> answer = post(fields);

        assertThat(answer.statusCode()).isEqualTo(200);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.title()).startsWith("Error: Ask a question");
        assertThat(page.select(".toolkit-error-summary a"))
                .extracting(a -> a.attr("href") + " " + a.text())
                .containsExactly(
                        "#question Enter your question",
                        "#email Enter an email address in the correct format, like"
                                + " name@example.com");
        assertThat(page.select("#email").val()).isEqualTo("not-an-address");
        assertThat(page.select("#question").attr("aria-describedby")).contains("question-error");
        assertThat(store.list(Optional.empty())).isEmpty();
    }

    @Test
    void aPostWithoutAValidTokenIsForbiddenWithAPageThatSaysSo() throws Exception {
        Map<String, String> fields = form();
        fields.put("question", "From another site?");
        fields.put("token", "forged");

        HttpResponse<String> answer = post(fields);

        assertThat(answer.statusCode()).isEqualTo(403);
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select(".toolkit-error-summary").text()).contains("This form has expired");
        assertThat(page.select("#question").text()).isEqualTo("From another site?");
        assertThat(store.list(Optional.empty())).isEmpty();
    }

    @Test
    void aBotThatFillsTheHoneypotIsToldItsQuestionArrivedAndItIsKeptAsSpam() throws Exception {
        Map<String, String> fields = form();
        fields.put("question", "Cheap loans");
        fields.put("website", "https://spam.example");

        assertThat(post(fields).statusCode()).isEqualTo(303);
        assertThat(store.list(Optional.of(QuestionState.SPAM))).hasSize(1);
    }

    @Test
    void aClientSendingTooManyIsAskedToWaitWithTheQuestionKept() throws Exception {
        for (int i = 0; i < 5; i++) {
            Map<String, String> fields = form();
            fields.put("question", "Question " + i);
            assertThat(post(fields).statusCode()).isEqualTo(303);
        }
        Map<String, String> fields = form();
        fields.put("question", "One too many");

        HttpResponse<String> answer = post(fields);

        assertThat(answer.statusCode()).isEqualTo(429);
        assertThat(answer.headers().firstValue("Retry-After")).contains("3600");
        assertThat(Jsoup.parse(answer.body()).select("#question").text()).isEqualTo("One too many");
    }

    @Test
    void onlyUtf8FormDataWithinTheLimitsIsRead() throws Exception {
        Map<String, String> fields = form();
        fields.put("question", "Fine");
        String body = encode(fields);

        assertThat(post(body, "application/json").statusCode()).isEqualTo(415);
        assertThat(post(body, "application/x-www-form-urlencoded; charset=ISO-8859-1").statusCode())
                .isEqualTo(415);
        assertThat(post(body + "&q=%FF%FE", "application/x-www-form-urlencoded").statusCode())
                .isEqualTo(400);
        // Refused by its length before a byte of it is read: a raw request, so that no client
        // is still sending the body when the server closes the connection.
        assertThat(
                        rawStatusLine(
                                "POST /questions HTTP/1.1\r\nHost: localhost\r\nContent-Type:"
                                        + " application/x-www-form-urlencoded\r\nContent-Length: "
                                        + (QuestionPages.MAX_BODY_BYTES + 1)
                                        + "\r\n\r\n"))
                .startsWith("HTTP/1.1 413");
        assertThat(
                        post(
                                        body
                                                + IntStream.range(0, QuestionPages.MAX_FIELDS)
                                                        .mapToObj(i -> "&f" + i + "=1")
                                                        .collect(Collectors.joining()),
                                        "application/x-www-form-urlencoded")
                                .statusCode())
                .isEqualTo(400);
        assertThat(store.list(Optional.empty())).isEmpty();
        assertThat(post(body, "application/x-www-form-urlencoded; charset=UTF-8").statusCode())
                .isEqualTo(303);
    }

    @Test
    void aStoreOutOfReachGivesAPoliteErrorAndKeepsTheQuestionInTheForm() throws Exception {
        Map<String, String> fields = form();
        fields.put("question", "Will this be lost?");
        store.close();

        HttpResponse<String> answer = post(fields);

        assertThat(answer.statusCode()).isEqualTo(503);
        assertThat(answer.headers().firstValue("Retry-After")).contains("60");
        Document page = Jsoup.parse(answer.body());
        assertThat(page.select(".toolkit-error-summary").text())
                .contains("could not be sent just now");
        assertThat(page.select("#question").text()).isEqualTo("Will this be lost?");
    }

    @Test
    void theFaqPagesLinkToTheFormAndAPublishShowsWithoutARestart() throws Exception {
        assertThat(Jsoup.parse(get("/faqs/").body()).select("a[href=/questions/new]")).hasSize(1);
        Map<String, String> fields = form();
        fields.put("question", "Is a grant a procurement?");
        String location = post(fields).headers().firstValue("Location").orElseThrow();
        String reference = location.substring(location.lastIndexOf('/') + 1);

        var moderation = new Moderation(store, Clock.systemUTC(), Notices.none());
        moderation.answer(reference, "E3M", "Not as such.", "test");
        moderation.publish(reference, "test");
        served.poll();

        String id = "community-" + reference.toLowerCase(Locale.ROOT);
        HttpResponse<String> faq = get("/faqs/" + id + "/");
        assertThat(faq.statusCode()).isEqualTo(200);
        assertThat(faq.body()).contains("Is a grant a procurement?", "Asked by the community");
        assertThat(get("/faqs/").body()).contains("Is a grant a procurement?");
    }

    @Test
    void otherMethodsAreRefusedWithWhatIsAllowed() throws Exception {
        HttpResponse<String> put =
                HTTP.send(
                        HttpRequest.newBuilder(root.resolve("/questions/new"))
                                .PUT(HttpRequest.BodyPublishers.ofString("x"))
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
        assertThat(put.statusCode()).isEqualTo(405);
        assertThat(put.headers().firstValue("Allow")).contains("GET, HEAD");
        assertThat(get("/questions").headers().firstValue("Location")).contains("/questions/new");
    }
}
