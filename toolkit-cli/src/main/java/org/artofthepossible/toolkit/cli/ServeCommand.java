package org.artofthepossible.toolkit.cli;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.Outbox;
import org.artofthepossible.toolkit.questions.PublishedQuestions;
import org.artofthepossible.toolkit.questions.QuestionIntake;
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
                    + " applied and the last good content stays in service.",
            "Visitors ask questions at /questions/new; they are kept in the data folder (or"
                    + " --database) until moderated with 'toolkit questions', and published ones"
                    + " appear on the FAQ page within seconds. --no-questions serves the site"
                    + " alone."
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

    @Mixin ThemeOption theme;

    @Option(names = "--watch", description = "Reload when the content folder changes.")
    boolean watch;

    @Option(
            names = "--no-questions",
            description = "Take no questions: no form, no store, no data folder.")
    boolean noQuestions;

    @Option(
            names = "--questions-category",
            paramLabel = "TERM",
            defaultValue = "community-questions",
            description =
                    "The FAQ category published questions go in, when the content declares it"
                            + " (default: ${DEFAULT-VALUE}).")
    String category;

    @Option(
            names = "--questions-per-hour",
            paramLabel = "N",
            defaultValue = "5",
            description =
                    "How many questions one client address may send in an hour (default:"
                            + " ${DEFAULT-VALUE}). Behind a proxy, every visitor comes from the"
                            + " proxy's address: raise it, or limit at the proxy.")
    int questionsPerHour;

    @Mixin StoreOptions store;

    @Mixin MailOptions mail;

    @Override
    public Integer call() throws Exception {
        if (watch && content.directory().isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "--watch needs --content with a folder to watch");
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Optional<JdbcQuestionStore> questions =
                noQuestions ? Optional.empty() : Optional.of(store.open());
        ToolkitEngine engine = engine(content, questions, category, err);
        engine.diagnostics().forEach(d -> err.println(TerminalText.safe(d)));
        Optional<QuestionIntake> intake =
                questions.map(
                        opened ->
                                QuestionIntake.builder(opened)
                                        .questionsPerHour(questionsPerHour)
                                        .notices(mail.notices(spec))
                                        .build());
        var stopped = new CountDownLatch(1);
        try (var served =
                        questions
                                .map(
                                        opened ->
                                                new ServedQuestions(
                                                        opened,
                                                        engine,
                                                        mail.settings(spec)
                                                                .map(
                                                                        settings ->
                                                                                new Outbox(
                                                                                        opened,
                                                                                        settings,
                                                                                        Clock
                                                                                                .systemUTC())),
                                                        err))
                                .orElse(null);
                var server = new ToolkitServer(engine, theme.id(), host, port, err, intake);
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
            if (served != null) {
                out.printf("Taking questions at /questions/new, kept in the %s%n", served.store());
            }
            stopped.await();
        }
        return 0;
    }

    /**
     * The content, and the published questions in the FAQ category asked for if the content
     * declares it: a category it lacks would keep every question out.
     */
    static ToolkitEngine engine(
            ContentOption content,
            Optional<JdbcQuestionStore> questions,
            String category,
            PrintWriter err) {
        if (questions.isEmpty()) {
            return content.engine().recordCacheStats().build();
        }
        ToolkitEngine engine =
                content.engine()
                        .source(new PublishedQuestions(questions.get(), Optional.of(category)))
                        .recordCacheStats()
                        .build();
        if (engine.toolkit().term(Vocabulary.FAQ_CATEGORY, category).isPresent()) {
            return engine;
        }
        err.println(
                "the content declares no FAQ category '"
                        + TerminalText.safe(category)
                        + "': published questions go in none (--questions-category names another)");
        return content.engine()
                .source(new PublishedQuestions(questions.get()))
                .recordCacheStats()
                .build();
    }
}
