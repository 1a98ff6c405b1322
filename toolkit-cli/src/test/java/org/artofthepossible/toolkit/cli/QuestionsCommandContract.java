package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.Question;
import org.artofthepossible.toolkit.questions.QuestionState;
import org.artofthepossible.toolkit.questions.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code toolkit questions} end to end, on the data folder ({@link OnH2}) and on PostgreSQL ({@link
 * OnPostgres}, which the {@code postgres} profile runs).
 */
abstract class QuestionsCommandContract {
    @TempDir Path temp;

    /** The options that name the store, as a moderator types them. */
    abstract List<String> storeOptions() throws Exception;

    /** The same store, opened in the test. */
    abstract JdbcQuestionStore openStore(List<String> options);

    private Cli questions(List<String> store, String... args) {
        var command = new ArrayList<String>(List.of("questions"));
        command.addAll(List.of(args));
        command.addAll(store);
        return Cli.run(command.toArray(String[]::new));
    }

    private String ask(List<String> store, String text) {
        try (JdbcQuestionStore opened = openStore(store)) {
            return opened.add(
                            new Submission(
                                    text,
                                    Optional.empty(),
                                    Locale.ENGLISH,
                                    new Question.Asker(
                                            Optional.of("Ann"), Optional.of("ann@example.org")),
                                    "token-" + System.nanoTime(),
                                    Optional.empty()),
                            Instant.now(),
                            r -> List.of())
                    .reference();
        }
    }

    @Test
    void aModeratorListsShowsAnswersPublishesAndRejects() throws Exception {
        List<String> store = storeOptions();
        String reference = ask(store, "What is an innovation partnership?");
        Path answer = Files.writeString(temp.resolve("answer.md"), "A procedure in *PCR 2015*.");

        Cli list = questions(store, "list", "--state", "received");
        assertThat(list.status()).as(list.err()).isZero();
        assertThat(list.out()).contains(reference + "    received").contains("1 question");

        Cli show = questions(store, "show", reference);
        assertThat(show.out()).contains("Email:     ann@example.org", "received by visitor");

        Cli early = questions(store, "publish", reference);
        assertThat(early.status()).isEqualTo(1);
        assertThat(early.err())
                .contains("cannot publish " + reference + ": it is received; answer it first");

        Cli answered =
                questions(
                        store,
                        "answer",
                        reference,
                        "--by",
                        "Jane Smith, solicitor",
                        "--file",
                        answer.toString(),
                        "--as",
                        "jane");
        assertThat(answered.status()).as(answered.err()).isZero();
        Cli published = questions(store, "publish", reference, "--as", "jane");
        assertThat(published.out())
                .contains(
                        "Published "
                                + reference
                                + " as the FAQ community-"
                                + reference.toLowerCase(Locale.ROOT));

        Cli after = questions(store, "show", reference);
        assertThat(after.out())
                .contains(
                        "State:     published",
                        "Email:     (none)",
                        "answered -> published by jane");
        assertThat(questions(store, "reject", reference, "--reason", "superseded").status())
                .isZero();
        assertThat(questions(store, "list", "--state", "rejected").out()).contains(reference);
    }

    @Test
    void purgeErasesWhatIsOlderThanTheAgeGiven() throws Exception {
        List<String> store = storeOptions();
        String reference = ask(store, "Old question");

        Cli none = questions(store, "purge", "--older-than", "1d");
        assertThat(none.out()).contains("Erased the asker's details of 0 and deleted 0");
        Cli all = questions(store, "purge", "--older-than", "0m");
        assertThat(all.out()).contains("Erased the asker's details of 1");
        try (JdbcQuestionStore opened = openStore(store)) {
            assertThat(opened.find(reference).orElseThrow().asker())
                    .isEqualTo(Question.Asker.NOBODY);
        }
    }

    @Test
    void mistakesGetAClearMessageAndChangeNothing() throws Exception {
        List<String> store = storeOptions();
        String reference = ask(store, "Q?");

        Cli state = questions(store, "list", "--state", "pending");
        assertThat(state.status()).isEqualTo(2);
        assertThat(state.err()).contains("'pending' is not a question state");
        Cli unknown = questions(store, "show", "Q-ZZZZ");
        assertThat(unknown.status()).isEqualTo(1);
        assertThat(unknown.err()).contains("there is no question Q-ZZZZ");
        Cli age = questions(store, "purge", "--older-than", "soon");
        assertThat(age.status()).isEqualTo(2);
        assertThat(age.err()).contains("'soon' is not an age such as 90d, 12h or 30m");
        Path notText =
                Files.write(temp.resolve("answer.bin"), new byte[] {(byte) 0xff, (byte) 0xfe});
        Cli binary =
                questions(store, "answer", reference, "--by", "E3M", "--file", notText.toString());
        assertThat(binary.status()).isEqualTo(2);
        assertThat(binary.err()).contains("is not UTF-8 text");
        try (JdbcQuestionStore opened = openStore(store)) {
            assertThat(opened.find(reference).orElseThrow().state())
                    .isEqualTo(QuestionState.RECEIVED);
        }
    }
}
