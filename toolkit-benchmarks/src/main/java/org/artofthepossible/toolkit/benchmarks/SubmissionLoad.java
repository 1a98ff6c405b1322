package org.artofthepossible.toolkit.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Submissions per second a running {@code serve} sustains over loopback, beside the FAQ page reads
 * per second it sustains with the same clients: starts {@code toolkit.jar serve} on the store
 * given, takes {@value #FORMS} forms (each with its own token), waits past the minimum fill time,
 * then posts them all from {@value #CLIENTS} clients at once, three rounds, and prints JSON.
 *
 * <p>Usage: {@code SubmissionLoad JAR NAME [serve options]}, for example {@code SubmissionLoad
 * toolkit-cli/target/toolkit.jar h2 --data /tmp/d}.
 */
public final class SubmissionLoad {
    static final int FORMS = 4_000;
    static final int CLIENTS = 8;
    static final int ROUNDS = 3;
    private static final Pattern TOKEN = Pattern.compile("name=\"token\" value=\"([^\"]+)\"");
    private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");

    private SubmissionLoad() {}

    public static void main(String[] args) throws Exception {
        var command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-Xmx1g",
                                "-jar",
                                args[0],
                                "serve",
                                "--port",
                                "0",
                                "--questions-per-hour",
                                Integer.toString(FORMS * ROUNDS * 2)));
        command.addAll(Arrays.asList(args).subList(2, args.length));
        Process serve = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            String root = root(serve);
            HttpClient http = HttpClient.newBuilder().build();
            ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
            try {
                var submissions = new ArrayList<Double>();
                var reads = new ArrayList<Double>();
                for (int round = 0; round < ROUNDS; round++) {
                    List<String> tokens = forms(http, clients, root);
                    Thread.sleep(3_200); // past the minimum fill time, or every post is spam
                    submissions.add(
                            perSecond(
                                    clients, tokens.size(), i -> post(http, root, tokens.get(i))));
                    reads.add(perSecond(clients, FORMS, i -> get(http, root + "/faqs/", 200)));
                }
                System.out.printf(
                        "{\"store\": \"%s\", \"submissionsPerSecond\": %s, \"readsPerSecond\": %s}%n",
                        args[1], median(submissions), median(reads));
            } finally {
                clients.shutdownNow();
            }
        } finally {
            serve.destroy();
            serve.waitFor(30, TimeUnit.SECONDS);
        }
    }

    private static String root(Process serve) throws IOException {
        var output =
                new BufferedReader(
                        new InputStreamReader(serve.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        for (String line; (line = output.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                // Keep reading what serve prints, so that it never blocks on a full pipe.
                Thread drain = new Thread(() -> output.lines().forEach(l -> {}), "drain");
                drain.setDaemon(true);
                drain.start();
                return serving.group(1);
            }
        }
        throw new IOException("serve did not start:\n" + seen);
    }

    /** One operation of a load, by its index; fails the run on a wrong answer. */
    @FunctionalInterface
    interface Operation {
        void run(int index) throws Exception;
    }

    private static List<String> forms(HttpClient http, ExecutorService clients, String root)
            throws Exception {
        var tokens = new ConcurrentLinkedQueue<String>();
        perSecond(
                clients,
                FORMS,
                i -> {
                    String page = get(http, root + "/questions/new", 200);
                    Matcher token = TOKEN.matcher(page);
                    if (!token.find()) {
                        throw new IOException("no token in the form");
                    }
                    tokens.add(token.group(1));
                });
        return new ArrayList<>(tokens);
    }

    private static double perSecond(ExecutorService clients, int count, Operation operation)
            throws Exception {
        var next = new AtomicInteger();
        long start = System.nanoTime();
        var done = new ArrayList<Future<?>>();
        for (int c = 0; c < CLIENTS; c++) {
            done.add(
                    clients.submit(
                            () -> {
                                for (int i; (i = next.getAndIncrement()) < count; ) {
                                    operation.run(i);
                                }
                                return null;
                            }));
        }
        for (Future<?> client : done) {
            client.get();
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    private static String get(HttpClient http, String url, int status) throws Exception {
        HttpResponse<String> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(url)).build(),
                        HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != status) {
            throw new IOException(url + " answered " + response.statusCode());
        }
        return response.body();
    }

    private static void post(HttpClient http, String root, String token) throws Exception {
        String body =
                "token="
                        + URLEncoder.encode(token, StandardCharsets.UTF_8)
                        + "&question="
                        + URLEncoder.encode(
                                "How do we share risk, " + token.substring(0, 8) + "?",
                                StandardCharsets.UTF_8)
                        + "&website=";
        HttpResponse<Void> response =
                http.send(
                        HttpRequest.newBuilder(URI.create(root + "/questions"))
                                .header("Content-Type", "application/x-www-form-urlencoded")
                                .POST(HttpRequest.BodyPublishers.ofString(body))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() != 303) {
            throw new IOException("a submission answered " + response.statusCode());
        }
    }

    private static double median(List<Double> values) {
        var sorted = values.stream().sorted().toList();
        return sorted.get(sorted.size() / 2);
    }
}
