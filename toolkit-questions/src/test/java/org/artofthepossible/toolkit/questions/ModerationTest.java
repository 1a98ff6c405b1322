package org.artofthepossible.toolkit.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModerationTest {
    @TempDir Path data;
    private JdbcQuestionStore store;
    private final MutableClock clock = new MutableClock(QuestionStoreContract.T0);
    private Moderation moderation;

    @BeforeEach
    void open() {
        store = JdbcQuestionStore.h2(data);
        moderation =
                new Moderation(
                        store, clock, Notices.to(List.of("mod@example.org"), "https://t.example"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Question received() {
        return store.add(
                QuestionStoreContract.submission("Can we extend the contract?"),
                clock.instant(),
                r -> List.of());
    }

    @Test
    void aQuestionIsAnsweredThenPublishedEachStepRecordedWithItsActorAndTime() {
        Question question = received();
        clock.advance(Duration.ofHours(1));
        Question answered =
                moderation.answer(
                        question.reference(),
                        "Jane Smith, solicitor",
                        "  Yes, by a variation. ",
                        "jane");
        clock.advance(Duration.ofHours(1));
        Question published = moderation.publish(question.reference(), "jane");

        assertThat(answered.answer().orElseThrow().markdown()).isEqualTo("Yes, by a variation.");
        assertThat(published.state()).isEqualTo(QuestionState.PUBLISHED);
        assertThat(published.history())
                .extracting(Question.Transition::to, Question.Transition::actor)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(QuestionState.RECEIVED, "visitor"),
                        org.assertj.core.groups.Tuple.tuple(QuestionState.ANSWERED, "jane"),
                        org.assertj.core.groups.Tuple.tuple(QuestionState.PUBLISHED, "jane"));
        assertThat(published.history().get(2).at())
                .isEqualTo(QuestionStoreContract.T0.plus(Duration.ofHours(2)));
        // Published: the asker's details are gone, after their notice went into the outbox.
        assertThat(published.asker()).isEqualTo(Question.Asker.NOBODY);
        assertThat(store.claimMail(clock.instant(), Duration.ofMinutes(1), 10))
                .singleElement()
                .satisfies(
                        mail -> {
                            assertThat(mail.to()).isEqualTo("ann@example.org");
                            assertThat(mail.body())
                                    .contains(
                                            "https://t.example/faqs/community-"
                                                    + question.reference().toLowerCase()
                                                    + "/");
                        });
    }

    @Test
    void nothingIsPublishedBeforeItIsAnswered() {
        Question question = received();
        assertThatThrownBy(() -> moderation.publish(question.reference(), "m"))
                .isInstanceOf(QuestionStateException.class)
                .hasMessage(
                        "cannot publish "
                                + question.reference()
                                + ": it is received; answer it first: toolkit questions answer "
                                + question.reference()
                                + " --by \"Name, role\" --file answer.md");
        assertThat(moderation.show(question.reference()).state()).isEqualTo(QuestionState.RECEIVED);
    }

    @Test
    void aPublishedQuestionCanBeWithdrawnButARejectedOneStaysRejected() {
        Question question = received();
        moderation.answer(question.reference(), "E3M", "Answer", "m");
        moderation.publish(question.reference(), "m");
        Question withdrawn = moderation.reject(question.reference(), "out of date", "m");

        assertThat(withdrawn.state()).isEqualTo(QuestionState.REJECTED);
        assertThat(withdrawn.history().get(3).note()).contains("out of date");
        assertThatThrownBy(() -> moderation.answer(question.reference(), "E3M", "Again", "m"))
                .isInstanceOf(QuestionStateException.class)
                .hasMessageContaining("it is rejected; a rejected question stays rejected");
        assertThatThrownBy(() -> moderation.reject(question.reference(), "again", "m"))
                .isInstanceOf(QuestionStateException.class);
    }

    @Test
    void aBlankOrOversizedAnswerIsRefusedAndChangesNothing() {
        Question question = received();
        assertThatThrownBy(() -> moderation.answer(question.reference(), "E3M", "  ", "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("the answer is empty");
        assertThatThrownBy(
                        () ->
                                moderation.answer(
                                        question.reference(),
                                        "E3M",
                                        "x".repeat(Moderation.MAX_ANSWER_CHARS + 1),
                                        "m"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("the most is 100000");
        assertThatThrownBy(() -> moderation.answer(question.reference(), " ", "Yes", "m"))
                .hasMessage("who answered (--by) is empty");
        assertThat(moderation.show(question.reference()).history()).hasSize(1);
    }

    @Test
    void anUnknownReferenceSaysHowToFindTheKnownOnes() {
        assertThatThrownBy(() -> moderation.show("Q-ZZZZ"))
                .isInstanceOf(UnknownQuestionException.class)
                .hasMessage(
                        "there is no question Q-ZZZZ: 'toolkit questions list' shows the"
                                + " references the store holds");
    }

    @Test
    void purgeRemovesPersonalDataOlderThanTheAgeGiven() {
        Question old = received();
        clock.advance(Duration.ofDays(91));
        Question recent = received();

        assertThat(moderation.purge(Duration.ofDays(90))).isEqualTo(new QuestionStore.Purged(1, 0));
        assertThat(moderation.show(old.reference()).asker()).isEqualTo(Question.Asker.NOBODY);
        assertThat(moderation.show(recent.reference()).asker().name()).contains("Ann Asker");
        assertThat(moderation.list(Optional.of(QuestionState.RECEIVED))).hasSize(2);
    }
}
