package org.artofthepossible.toolkit.cli;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.artofthepossible.toolkit.ToolkitEngine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code toolkit serve}: the site on a local port, until stopped. */
@Command(
        name = "serve",
        mixinStandardHelpOptions = true,
        description = {
            "Serves the toolkit on 127.0.0.1 (or --host) with Jetty: HTML pages at the same URLs as export, JSON under /api/"
                    + " or for Accept: application/json, /healthz, and render cache statistics at "
                    + ToolkitServer.CACHE_PATH
                    + ".",
            "With --watch, edits to the content folder are reloaded; content with errors is not"
                    + " applied and the last good content stays in service."
        })
final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Mixin ContentOption content;

    @Option(
            names = "--port",
            defaultValue = "8080",
            description = "The port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(
            names = "--host",
            defaultValue = "127.0.0.1",
            description =
                    "The address to listen on (default: ${DEFAULT-VALUE}, this machine only). Give"
                            + " 0.0.0.0 or a public address to serve other machines deliberately.")
    String host;

    @Option(names = "--watch", description = "Reload when the content folder changes.")
    boolean watch;

    @Override
    public Integer call() throws Exception {
        if (watch && content.directory().isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "--watch needs --content with a folder to watch");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ToolkitEngine engine = content.engine().recordCacheStats().build();
        engine.diagnostics().forEach(d -> err.println(TerminalText.safe(d)));
        var stopped = new CountDownLatch(1);
        try (var server = new ToolkitServer(engine, host, port, err);
                var watcher =
                        watch ? new ContentWatcher(engine, content.directory().get(), err) : null) {
            server.start();
            Runtime.getRuntime().addShutdownHook(new Thread(stopped::countDown));
            out.printf(
                    "Serving %s at http://%s:%d/ (Ctrl+C to stop)%n",
                    engine.toolkit()
                            .info()
                            .title()
                            .resolve(
                                    engine.toolkit()
                                            .fallbackChain(
                                                    engine.toolkit().info().defaultLocale())),
                    host.contains(":") ? "[" + host + "]" : host,
                    server.port());
            out.flush();
            Optional.ofNullable(watcher)
                    .ifPresent(w -> out.println("Watching " + content.directory().get()));
            stopped.await();
        }
        return 0;
    }
}
