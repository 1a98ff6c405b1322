package org.artofthepossible.toolkit.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.Moderation;
import org.artofthepossible.toolkit.questions.PublishedQuestions;
import org.artofthepossible.toolkit.questions.Question;
import org.artofthepossible.toolkit.questions.QuestionState;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.ScopeType;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/**
 * {@code toolkit questions}: moderation from the command line, on the same store a running {@code
 * serve} uses. Each subcommand opens the store, does one thing, and closes it.
 */
@Command(
        name = "questions",
        mixinStandardHelpOptions = true,
        description = {
            "Moderates the questions visitors sent: list, show, answer, publish, reject, purge.",
            "Works on the data folder (or --database) a running serve uses; a publish shows on"
                    + " its FAQ page within seconds."
        },
        subcommands = {
            QuestionsCommand.ListCommand.class,
            QuestionsCommand.ShowCommand.class,
            QuestionsCommand.AnswerCommand.class,
            QuestionsCommand.PublishCommand.class,
            QuestionsCommand.RejectCommand.class,
            QuestionsCommand.PurgeCommand.class
        })
final class QuestionsCommand implements Runnable {
    /** The most an answer file may hold, in bytes. */
    static final long MAX_ANSWER_BYTES = 1024 * 1024;

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    @Spec CommandSpec spec;

    @Mixin StoreOptions store;

    @Mixin MailOptions mail;

    @Option(
            scope = ScopeType.INHERIT,
            names = "--as",
            paramLabel = "NAME",
            description =
                    "Who is moderating, for the questions' history (default: your user name).")
    Optional<String> actor = Optional.empty();

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing a questions command: list, show, answer, publish, reject or purge");
    }

    String actor() {
        return actor.orElse(
                Objects.requireNonNullElse(System.getProperty("user.name"), "moderator"));
    }

    /** Runs one moderation step on an open store. */
    @FunctionalInterface
    interface Step {
        void run(Moderation moderation, PrintWriter out);
    }

    int moderate(Step step) {
        PrintWriter out = spec.commandLine().getOut();
        try (JdbcQuestionStore opened = store.open()) {
            step.run(new Moderation(opened, Clock.systemUTC(), mail.notices(spec)), out);
        }
        out.flush();
        return 0;
    }

    static String line(Question question) {
        String text = question.text().replaceAll("\\s+", " ");
        return String.format(
                "%-9s %-9s %s  %s",
                question.reference(),
                question.state().id(),
                TIME.format(question.received()),
                TerminalText.safe(text.length() > 70 ? text.substring(0, 69) + "…" : text));
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists questions, oldest first.")
    static final class ListCommand implements Callable<Integer> {
        @ParentCommand QuestionsCommand parent;

        @Option(
                names = "--state",
                paramLabel = "STATE",
                description =
                        "Only questions in this state: received, answered, published, rejected or spam.")
        Optional<String> state = Optional.empty();

        @Override
        public Integer call() {
            Optional<QuestionState> wanted;
            try {
                wanted = state.map(QuestionState::of);
            } catch (IllegalArgumentException e) {
                throw new ParameterException(parent.spec.commandLine(), e.getMessage());
            }
            return parent.moderate(
                    (moderation, out) -> {
                        List<Question> questions = moderation.list(wanted);
                        questions.forEach(q -> out.println(line(q)));
                        out.println(
                                questions.size()
                                        + (questions.size() == 1 ? " question" : " questions"));
                    });
        }
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Shows one question: its text, asker, answer and history.")
    static final class ShowCommand implements Callable<Integer> {
        @ParentCommand QuestionsCommand parent;

        @Parameters(paramLabel = "REF", description = "The question's reference, such as Q-7KD3.")
        String reference;

        @Override
        public Integer call() {
            return parent.moderate(
                    (moderation, out) -> {
                        Question q = moderation.show(reference);
                        out.println("Reference: " + q.reference());
                        out.println("State:     " + q.state().id());
                        out.println("Received:  " + TIME.format(q.received()) + " UTC");
                        out.println("Language:  " + q.locale().toLanguageTag());
                        q.topic()
                                .ifPresent(
                                        t ->
                                                out.println(
                                                        "Topic:     "
                                                                + QuestionForm.topicValue(t)));
                        out.println(
                                "Name:      "
                                        + TerminalText.safe(q.asker().name().orElse("(none)")));
                        out.println(
                                "Email:     "
                                        + TerminalText.safe(q.asker().email().orElse("(none)")));
                        out.println();
                        out.println(TerminalText.safe(q.text()));
                        q.answer()
                                .ifPresent(
                                        a -> {
                                            out.println();
                                            out.println(
                                                    "Answered by "
                                                            + TerminalText.safe(a.by())
                                                            + ":");
                                            out.println(TerminalText.safe(a.markdown()));
                                        });
                        out.println();
                        out.println("History:");
                        for (Question.Transition t : q.history()) {
                            out.println(
                                    "  "
                                            + TIME.format(t.at())
                                            + "  "
                                            + t.from().map(s -> s.id() + " -> ").orElse("")
                                            + t.to().id()
                                            + " by "
                                            + TerminalText.safe(t.actor())
                                            + t.note()
                                                    .map(n -> ": " + TerminalText.safe(n))
                                                    .orElse(""));
                        }
                    });
        }
    }

    @Command(
            name = "answer",
            mixinStandardHelpOptions = true,
            description = "Answers a question (or replaces its answer) from a Markdown file.")
    static final class AnswerCommand implements Callable<Integer> {
        @ParentCommand QuestionsCommand parent;

        @Parameters(paramLabel = "REF", description = "The question's reference.")
        String reference;

        @Option(
                names = "--by",
                required = true,
                paramLabel = "NAME",
                description = "Who answered, as the FAQ page will say: \"Jane Smith, solicitor\".")
        String by;

        @Option(
                names = "--file",
                required = true,
                paramLabel = "FILE",
                description = "The answer, in Markdown (UTF-8).")
        Path file;

        @Override
        public Integer call() {
            String answer = read(parent.spec, file);
            return parent.moderate(
                    (moderation, out) -> {
                        Question q = moderation.answer(reference, by, answer, parent.actor());
                        out.println(
                                "Answered "
                                        + q.reference()
                                        + "; publish it with: toolkit questions publish "
                                        + q.reference());
                    });
        }
    }

    @Command(
            name = "publish",
            mixinStandardHelpOptions = true,
            description =
                    "Publishes an answered question as an FAQ; the asker's details are erased.")
    static final class PublishCommand implements Callable<Integer> {
        @ParentCommand QuestionsCommand parent;

        @Parameters(paramLabel = "REF", description = "The question's reference.")
        String reference;

        @Override
        public Integer call() {
            return parent.moderate(
                    (moderation, out) -> {
                        Question q = moderation.publish(reference, parent.actor());
                        out.println(
                                "Published "
                                        + q.reference()
                                        + " as the FAQ "
                                        + PublishedQuestions.itemId(q));
                    });
        }
    }

    @Command(
            name = "reject",
            mixinStandardHelpOptions = true,
            description = "Rejects a question, or takes a published one off the FAQ page.")
    static final class RejectCommand implements Callable<Integer> {
        @ParentCommand QuestionsCommand parent;

        @Parameters(paramLabel = "REF", description = "The question's reference.")
        String reference;

        @Option(
                names = "--reason",
                required = true,
                paramLabel = "TEXT",
                description = "Why, for the history.")
        String reason;

        @Override
        public Integer call() {
            return parent.moderate(
                    (moderation, out) -> {
                        Question q = moderation.reject(reference, reason, parent.actor());
                        out.println("Rejected " + q.reference());
                    });
        }
    }

    @Command(
            name = "purge",
            mixinStandardHelpOptions = true,
            description = {
                "Erases the names and email addresses of questions older than an age, and deletes"
                        + " spam and rejected questions older than it.",
                "Run it daily (for example from cron) to keep the retention the privacy notice"
                        + " promises."
            })
    static final class PurgeCommand implements Callable<Integer> {
        @ParentCommand QuestionsCommand parent;

        @Option(
                names = "--older-than",
                required = true,
                paramLabel = "AGE",
                converter = AgeConverter.class,
                description = "The age, such as 90d, 12h or 30m.")
        Duration olderThan;

        @Override
        public Integer call() {
            return parent.moderate(
                    (moderation, out) -> {
                        var purged = moderation.purge(olderThan);
                        out.println(
                                "Erased the asker's details of "
                                        + purged.erased()
                                        + " and deleted "
                                        + purged.deleted()
                                        + " spam or rejected questions");
                    });
        }
    }

    /** {@code 90d}, {@code 12h}, {@code 30m}. */
    static final class AgeConverter implements ITypeConverter<Duration> {
        @Override
        public Duration convert(String value) {
            if (!value.matches("[0-9]{1,6}[dhm]")) {
                throw new TypeConversionException(
                        "'" + value + "' is not an age such as 90d, 12h or 30m");
            }
            long amount = Long.parseLong(value.substring(0, value.length() - 1));
            return switch (value.charAt(value.length() - 1)) {
                case 'd' -> Duration.ofDays(amount);
                case 'h' -> Duration.ofHours(amount);
                default -> Duration.ofMinutes(amount);
            };
        }
    }

    /** A UTF-8 text file of at most {@link #MAX_ANSWER_BYTES}, or a clear error. */
    static String read(CommandSpec spec, Path file) {
        try {
            if (Files.size(file) > MAX_ANSWER_BYTES) {
                throw new ParameterException(
                        spec.commandLine(),
                        file + " is larger than " + MAX_ANSWER_BYTES + " bytes");
            }
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            throw new ParameterException(spec.commandLine(), file + " is not UTF-8 text");
        } catch (IOException e) {
            throw new ParameterException(
                    spec.commandLine(), "cannot read " + file + ": " + e.getMessage());
        }
    }
}
