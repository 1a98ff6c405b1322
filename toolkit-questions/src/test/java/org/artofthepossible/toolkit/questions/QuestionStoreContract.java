package org.artofthepossible.toolkit.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.questions.QuestionStore.Mail;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link QuestionStore} does, run against each real database: {@link
 * H2QuestionStoreTest} and {@link PostgresQuestionStoreTest}.
 */
abstract class QuestionStoreContract {
    static final Instant T0 = Instant.parse("2026-12-01T10:15:30.123456Z");

    QuestionStore store;

    /** A new, empty store. */
    abstract QuestionStore newStore() throws Exception;

    @BeforeEach
    void open() throws Exception {
        store = newStore();
    }

    @AfterEach
    void close() {
        store.close();
    }

    static Submission submission(String text) {
        return new Submission(
                text,
                Optional.of(TermRef.of("theme", "health-and-wellbeing")),
                Locale.forLanguageTag("cy"),
                new Question.Asker(Optional.of("Ann Asker"), Optional.of("ann@example.org")),
                UUID.randomUUID().toString(),
                Optional.empty());
    }

    @Test
    void keepsAQuestionWithAUniqueReferenceAndItsArrival() {
        Question kept =
                store.add(submission("Can a council grant-fund a partner?"), T0, r -> List.of());

        assertThat(kept.reference()).matches("Q-[2-9A-HJKMNP-TW-Z]{4}");
        assertThat(kept.state()).isEqualTo(QuestionState.RECEIVED);
        assertThat(kept.text()).isEqualTo("Can a council grant-fund a partner?");
        assertThat(kept.topic()).contains(TermRef.of("theme", "health-and-wellbeing"));
        assertThat(kept.locale()).isEqualTo(Locale.forLanguageTag("cy"));
        assertThat(kept.asker().email()).contains("ann@example.org");
        assertThat(kept.received()).isEqualTo(T0);
        assertThat(kept.history())
                .singleElement()
                .satisfies(
                        t -> {
                            assertThat(t.from()).isEmpty();
                            assertThat(t.to()).isEqualTo(QuestionState.RECEIVED);
                            assertThat(t.actor()).isEqualTo("visitor");
                        });
        assertThat(store.find(kept.reference().toLowerCase(Locale.ROOT))).contains(kept);
    }

    @Test
    void aFormSentTwiceIsKeptOnce() {
        Submission sent = submission("Twice?");
        Question first = store.add(sent, T0, r -> List.of());
        Question again = store.add(sent, T0.plusSeconds(1), r -> List.of());

        assertThat(again).isEqualTo(first);
        assertThat(store.list(Optional.empty())).hasSize(1);
    }

    @Test
    void spamIsKeptAsSpamWithWhatCaughtIt() {
        Submission bot =
                new Submission(
                        "Buy now",
                        Optional.empty(),
                        Locale.ENGLISH,
                        Question.Asker.NOBODY,
                        "bot-token",
                        Optional.of("honeypot filled"));
        Question kept = store.add(bot, T0, r -> List.of());

        assertThat(kept.state()).isEqualTo(QuestionState.SPAM);
        assertThat(kept.history().get(0).note()).contains("honeypot filled");
        assertThat(kept.history().get(0).actor()).isEqualTo("intake");
        assertThat(store.list(Optional.of(QuestionState.SPAM))).containsExactly(kept);
        assertThat(store.list(Optional.of(QuestionState.RECEIVED))).isEmpty();
    }

    @Test
    void aChangeAppliesOnlyFromTheStateItStartsFrom() {
        Question kept = store.add(submission("When?"), T0, r -> List.of());
        var answer = new Question.Answer("Soon.", "Jane Smith, solicitor", T0.plusSeconds(60));
        Question answered =
                store.change(
                        kept.reference(),
                        new QuestionStore.Change(
                                QuestionState.RECEIVED,
                                QuestionState.ANSWERED,
                                T0.plusSeconds(60),
                                "moderator",
                                Optional.empty(),
                                Optional.of(answer),
                                false,
                                List.of()));

        assertThat(answered.state()).isEqualTo(QuestionState.ANSWERED);
        assertThat(answered.answer()).contains(answer);
        assertThat(answered.history()).hasSize(2);
        assertThat(answered.history().get(1).actor()).isEqualTo("moderator");
        // A second moderator acting on what they saw before the first one's change.
        assertThatThrownBy(
                        () ->
                                store.change(
                                        kept.reference(),
                                        new QuestionStore.Change(
                                                QuestionState.RECEIVED,
                                                QuestionState.REJECTED,
                                                T0.plusSeconds(61),
                                                "other",
                                                Optional.of("duplicate"),
                                                Optional.empty(),
                                                true,
                                                List.of())))
                .isInstanceOf(QuestionStateException.class)
                .hasMessageContaining(kept.reference() + " is no longer received");
        assertThat(store.find(kept.reference()).orElseThrow()).isEqualTo(answered);
        assertThatThrownBy(
                        () ->
                                store.change(
                                        "Q-NONE",
                                        new QuestionStore.Change(
                                                QuestionState.RECEIVED,
                                                QuestionState.REJECTED,
                                                T0,
                                                "m",
                                                Optional.empty(),
                                                Optional.empty(),
                                                false,
                                                List.of())))
                .isInstanceOf(UnknownQuestionException.class)
                .hasMessageContaining("there is no question Q-NONE");
    }

    @Test
    void forgettingTheAskerErasesTheirNameAndEmail() {
        Question kept = store.add(submission("Who sees my email?"), T0, r -> List.of());
        Question rejected =
                store.change(
                        kept.reference(),
                        new QuestionStore.Change(
                                QuestionState.RECEIVED,
                                QuestionState.REJECTED,
                                T0.plusSeconds(5),
                                "moderator",
                                Optional.of("off topic"),
                                Optional.empty(),
                                true,
                                List.of()));

        assertThat(rejected.asker()).isEqualTo(Question.Asker.NOBODY);
        assertThat(rejected.history().get(1).note()).contains("off topic");
    }

    @Test
    void purgeErasesOldPersonalDataAndDeletesOldSpamAndRejections() {
        Question old =
                store.add(submission("Old"), T0, r -> List.of(Mail.of("m@example.org", "s", "b")));
        Question recent =
                store.add(submission("Recent"), T0.plus(Duration.ofDays(100)), r -> List.of());
        Question oldSpam =
                store.add(
                        new Submission(
                                "Spam",
                                Optional.empty(),
                                Locale.ENGLISH,
                                Question.Asker.NOBODY,
                                "spam",
                                Optional.of("too fast")),
                        T0,
                        r -> List.of());

        QuestionStore.Purged purged = store.purge(T0.plus(Duration.ofDays(10)));

        assertThat(purged).isEqualTo(new QuestionStore.Purged(1, 1));
        assertThat(store.find(old.reference()).orElseThrow().asker())
                .isEqualTo(Question.Asker.NOBODY);
        assertThat(store.find(recent.reference()).orElseThrow().asker().email())
                .contains("ann@example.org");
        assertThat(store.find(oldSpam.reference())).isEmpty();
        // Mail about it, unsent for as long, goes too: its address could not be kept.
        assertThat(store.claimMail(T0.plus(Duration.ofDays(200)), Duration.ofMinutes(1), 10))
                .isEmpty();
    }

    @Test
    void everyChangeMovesTheChangeCount() {
        long before = store.lastChange();
        Question kept = store.add(submission("Count?"), T0, r -> List.of());
        long afterAdd = store.lastChange();
        store.change(
                kept.reference(),
                new QuestionStore.Change(
                        QuestionState.RECEIVED,
                        QuestionState.REJECTED,
                        T0,
                        "m",
                        Optional.empty(),
                        Optional.empty(),
                        false,
                        List.of()));

        assertThat(afterAdd).isGreaterThan(before);
        assertThat(store.lastChange()).isGreaterThan(afterAdd);
    }

    @Test
    void mailIsKeptWithItsChangeClaimedOnceAndRetried() {
        Question kept =
                store.add(
                        submission("Mail?"),
                        T0,
                        reference -> List.of(Mail.of("mod@example.org", "New " + reference, "b")));

        List<Mail> claimed = store.claimMail(T0, Duration.ofMinutes(5), 10);
        assertThat(claimed)
                .singleElement()
                .satisfies(
                        m -> {
                            assertThat(m.to()).isEqualTo("mod@example.org");
                            assertThat(m.subject()).isEqualTo("New " + kept.reference());
                        });
        // Held by the first claim: nobody else gets it meanwhile.
        assertThat(store.claimMail(T0.plusSeconds(1), Duration.ofMinutes(5), 10)).isEmpty();

        long id = claimed.get(0).id();
        store.mailFailed(id, "connection refused", T0.plusSeconds(60));
        assertThat(store.claimMail(T0.plusSeconds(59), Duration.ofMinutes(5), 10)).isEmpty();
        Mail again = store.claimMail(T0.plusSeconds(60), Duration.ofMinutes(5), 10).get(0);
        assertThat(again.attempts()).isEqualTo(1);

        store.mailSent(id, T0.plusSeconds(61));
        assertThat(store.claimMail(T0.plus(Duration.ofDays(1)), Duration.ofMinutes(5), 10))
                .isEmpty();
    }

    @Test
    void theSecretIsMadeOnceAndSharedByEveryCaller() throws Exception {
        byte[] first = store.secret("form-token");
        assertThat(first).hasSize(32);
        assertThat(store.secret("form-token")).isEqualTo(first);
        assertThat(store.secret("other")).isNotEqualTo(first);
    }

    @Test
    void twoHundredSubmissionsFromTwentyThreadsAreAllKeptWithUniqueReferences() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(20);
        try {
            var results = new ArrayList<Future<Question>>();
            for (int i = 0; i < 200; i++) {
                int n = i;
                Callable<Question> task =
                        () ->
                                store.add(
                                        submission("Question " + n),
                                        T0.plusMillis(n),
                                        r -> List.of());
                results.add(pool.submit(task));
            }
            var references = new HashSet<String>();
            for (Future<Question> result : results) {
                references.add(result.get().reference());
            }
            assertThat(references).hasSize(200);
            assertThat(store.list(Optional.empty())).hasSize(200);
        } finally {
            pool.shutdownNow();
        }
    }
}
