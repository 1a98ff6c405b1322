package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** {@code serve} as a hostile client finds it: each test is named for what it once broke. */
class PublicServeTest {
    private static final String PAGE = "/case-studies/plymouth-alliance/";
    private static final HttpClient HTTP =
            HttpClient.newBuilder()
                    .connectTimeout(Duration.ofSeconds(5))
                    .followRedirects(HttpClient.Redirect.NEVER)
                    .build();
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
                        new PrintWriter(new StringWriter()),
                        Optional.empty());
        server.start();
        root = URI.create("http://127.0.0.1:" + server.port() + "/");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static HttpResponse<String> send(HttpRequest.Builder request) throws Exception {
        return HTTP.send(
                request.timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static HttpResponse<String> get(String path, String... headers) throws Exception {
        var request = HttpRequest.newBuilder(root.resolve(path));
        if (headers.length > 0) {
            request.headers(headers);
        }
        return send(request);
    }

    /** Sends raw bytes and reads the whole response, for requests a client library refuses. */
    private static String raw(String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }

    @Test
    void anEncodedSlashNeverRedirectsToAnotherHost() throws IOException {
        for (String path : List.of("/%2Fcase-studies", "//case-studies", "/%2F%2Fevil.example")) {
            String response =
                    raw("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

            assertThat(response).as(path).doesNotContainPattern("(?i)location: *//");
            assertThat(response).as(path).doesNotContainPattern("(?i)location: *[a-z]+:");
        }
        assertThat(raw("GET /case-studies HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))
                .containsPattern("(?i)location: /case-studies/\r\n");
    }

    @Test
    void clientsSendingHeadersSlowlyDoNotStopTheServerAnsweringOthers() throws Exception {
        var slow = new ArrayList<Socket>();
        try {
            for (int i = 0; i < 2 * ToolkitServer.MAX_THREADS; i++) {
                Socket socket = new Socket();
                socket.connect(new InetSocketAddress("127.0.0.1", server.port()), 5_000);
                socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\nX-Slow: ".getBytes());
                socket.getOutputStream().flush();
                slow.add(socket);
            }

            var page = get(PAGE);

            assertThat(page.statusCode()).isEqualTo(200);
            assertThat(
                            Thread.getAllStackTraces().keySet().stream()
                                    .filter(t -> t.getName().startsWith("toolkit-serve"))
                                    .count())
                    .as("threads of the server's pool")
                    .isLessThanOrEqualTo(ToolkitServer.MAX_THREADS);
        } finally {
            for (Socket socket : slow) {
                socket.close();
            }
        }
    }

    @Test
    void aConnectionThatStopsMidRequestIsClosedAfterTheIdleTimeout() throws IOException {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            socket.setSoTimeout((int) (3 * ToolkitServer.IDLE_TIMEOUT_MILLIS));
            socket.getOutputStream().write("GET / HTTP/1.1\r\nHost: x\r\n".getBytes());
            long started = System.nanoTime();

            InputStream in = socket.getInputStream();
            while (in.read() >= 0) {
                // drain whatever the server sends before it closes
            }

            assertThat(Duration.ofNanos(System.nanoTime() - started))
                    .isLessThan(Duration.ofMillis(2 * ToolkitServer.IDLE_TIMEOUT_MILLIS));
        }
    }

    @Test
    void everyResponseCarriesTheSecurityHeadersJettysOwnErrorsIncluded() throws Exception {
        var responses = new ArrayList<String>();
        responses.add(headersOf(get(PAGE)));
        responses.add(headersOf(get("case-studies/atlantis/")));
        responses.add(headersOf(get("healthz")));
        responses.add(headersOf(send(HttpRequest.newBuilder(root).DELETE())));
        String tooLarge =
                raw(
                        "GET / HTTP/1.1\r\nHost: x\r\nX-Big: "
                                + "a".repeat(2 * ToolkitServer.MAX_HEADER_BYTES)
                                + "\r\nConnection: close\r\n\r\n");
        String malformed = raw("GET / HTTP/9.9 what\r\n\r\n");
        assertThat(tooLarge).startsWith("HTTP/1.1 431");
        assertThat(malformed).startsWith("HTTP/1.1 400");
        responses.add(tooLarge.toLowerCase(java.util.Locale.ROOT));
        responses.add(malformed.toLowerCase(java.util.Locale.ROOT));

        assertThat(responses)
                .allSatisfy(
                        r ->
                                assertThat(r)
                                        .contains("x-content-type-options: nosniff")
                                        .contains("frame-ancestors 'none'")
                                        .contains("content-security-policy: default-src 'self'")
                                        .contains(
                                                "referrer-policy: strict-origin-when-cross-origin"));
    }

    private static String headersOf(HttpResponse<?> response) {
        var text = new StringBuilder();
        response.headers()
                .map()
                .forEach(
                        (k, v) ->
                                v.forEach(
                                        value ->
                                                text.append(k.toLowerCase(java.util.Locale.ROOT))
                                                        .append(": ")
                                                        .append(value)
                                                        .append('\n')));
        return text.toString();
    }

    @Test
    void headAnswersTheLengthOfTheGetWithoutABody() throws Exception {
        var getPage = get(PAGE);
        String head = raw("HEAD " + PAGE + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");

        int length = getPage.body().getBytes(StandardCharsets.UTF_8).length;
        assertThat(head)
                .startsWith("HTTP/1.1 200")
                .containsIgnoringCase("Content-Length: " + length + "\r\n");
        assertThat(head).endsWith("\r\n\r\n");
    }

    @Test
    void ifNoneMatchComparesWeaklyAndTakesListsAndAStar() throws Exception {
        String etag = get(PAGE).headers().firstValue("ETag").orElseThrow();

        assertThat(get(PAGE, "If-None-Match", etag).statusCode()).isEqualTo(304);
        assertThat(get(PAGE, "If-None-Match", "W/" + etag).statusCode()).isEqualTo(304);
        assertThat(get(PAGE, "If-None-Match", "\"other\", " + etag).statusCode()).isEqualTo(304);
        assertThat(get(PAGE, "If-None-Match", "*").statusCode()).isEqualTo(304);
        assertThat(get(PAGE, "If-None-Match", "\"other\"").statusCode()).isEqualTo(200);
        assertThat(ToolkitServer.entityTags("W/\"a,b\", \"c\" ,\"d\", broken"))
                .containsExactly("\"a,b\"", "\"c\"", "\"d\"");
    }

    @Test
    void pagesAreGzippedForClientsThatAskAndStillMatchTheirETag() throws Exception {
        String plain = get(PAGE).body();
        HttpResponse<byte[]> zipped =
                HTTP.send(
                        HttpRequest.newBuilder(root.resolve(PAGE))
                                .header("Accept-Encoding", "gzip")
                                .build(),
                        HttpResponse.BodyHandlers.ofByteArray());

        assertThat(zipped.headers().firstValue("Content-Encoding")).contains("gzip");
        try (var in = new GZIPInputStream(new ByteArrayInputStream(zipped.body()))) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(plain);
        }
        String etag = zipped.headers().firstValue("ETag").orElseThrow();
        assertThat(get(PAGE, "If-None-Match", etag, "Accept-Encoding", "gzip").statusCode())
                .isEqualTo(304);
    }

    @Test
    void hostChoosesTheAddressToListenOn() throws Exception {
        try (var other =
                new ToolkitServer(
                        ToolkitEngine.builder().source(BundledToolkit.source()).build(),
                        "default",
                        "127.0.0.2",
                        0,
                        new PrintWriter(new StringWriter()),
                        Optional.empty())) {
            other.start();

            var health =
                    send(
                            HttpRequest.newBuilder(
                                    URI.create("http://127.0.0.2:" + other.port() + "/healthz")));

            assertThat(health.body()).isEqualTo("ok\n");
        }
    }
}
