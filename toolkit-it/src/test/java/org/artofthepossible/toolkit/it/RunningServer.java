package org.artofthepossible.toolkit.it;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code java -jar toolkit.jar serve} on a free loopback port, as a user runs it: in the tests' own
 * JVM, the Nu checker's Jetty would stand in for the server's.
 */
final class RunningServer implements AutoCloseable {
    private static final Path TOOLKIT_JAR = Path.of("../toolkit-cli/target/toolkit.jar");
    private static final Pattern SERVING = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+)/");

    private final Process process;
    private final String root;

    private RunningServer(Process process, String root) {
        this.process = process;
        this.root = root;
    }

    /**
     * Starts the server and waits until it says where it serves.
     *
     * @param options {@code serve}'s options besides {@code --port}
     * @return the running server
     * @throws IOException if it cannot start, or ends before it serves
     */
    static RunningServer start(String... options) throws IOException {
        var command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                TOOLKIT_JAR.toString(),
                                "serve",
                                "--port",
                                "0"));
        command.addAll(List.of(options));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        var output =
                new BufferedReader(
                        new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        var seen = new StringBuilder();
        for (String line; (line = output.readLine()) != null; ) {
            seen.append(line).append('\n');
            Matcher serving = SERVING.matcher(line);
            if (serving.find()) {
                // Keep reading what it logs, so that it never blocks on a full pipe.
                Thread drain = new Thread(() -> drain(output), "serve output");
                drain.setDaemon(true);
                drain.start();
                return new RunningServer(process, serving.group(1));
            }
        }
        process.destroy();
        throw new IOException("serve ended before it served:\n" + seen);
    }

    private static void drain(BufferedReader output) {
        try {
            while (output.readLine() != null) {
                // what the server logs is not checked here
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The address it serves, such as {@code http://127.0.0.1:41234}, without a trailing slash. */
    String root() {
        return root;
    }

    /** Stops the server and waits until it has ended, as a Ctrl+C would. */
    @Override
    public void close() {
        process.destroy();
        try {
            process.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
