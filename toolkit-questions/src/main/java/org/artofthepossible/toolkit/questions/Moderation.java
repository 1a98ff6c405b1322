package org.artofthepossible.toolkit.questions;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * What moderators do with questions: list and read them, answer, publish and reject, and purge old
 * personal data. The only way to change a question's state, so its rules hold everywhere:
 *
 * <ul>
 *   <li>a question is answered when received, answered (a new answer replaces the last) or spam;
 *   <li>only an answered question is published;
 *   <li>any question not already rejected may be rejected, a published one too (it leaves the FAQ
 *       page);
 *   <li>publishing and rejecting erase the asker's name and email address, after the asker's notice
 *       is put in the outbox.
 * </ul>
 *
 * <p>Every change is recorded with its time and its actor.
 */
public final class Moderation {
    /** The longest answer taken, in characters. */
    public static final int MAX_ANSWER_CHARS = 100_000;

    /** The longest name of who answered, or of a reason, in characters. */
    public static final int MAX_NAME_CHARS = 400;

    private final QuestionStore store;
    private final Clock clock;
    private final Notices notices;

    /**
     * Creates moderation over a store.
     *
     * @param store where the questions are
     * @param clock the time changes are recorded at
     * @param notices the email changes cause
     */
    public Moderation(QuestionStore store, Clock clock, Notices notices) {
        this.store = Objects.requireNonNull(store, "store");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.notices = Objects.requireNonNull(notices, "notices");
    }

    /**
     * Lists questions, oldest first.
     *
     * @param state only those in this state; empty for all
     * @return the questions
     */
    public List<Question> list(Optional<QuestionState> state) {
        return store.list(state);
    }

    /**
     * Returns one question.
     *
     * @param reference its reference, in any case
     * @return the question
     * @throws UnknownQuestionException when there is none
     */
    public Question show(String reference) {
        return store.find(reference).orElseThrow(() -> new UnknownQuestionException(reference));
    }

    /**
     * Answers a question, or replaces its answer.
     *
     * @param reference its reference
     * @param by who answered, as the FAQ page will say it: {@code "Jane Smith, solicitor"}
     * @param markdown the answer, in Markdown
     * @param actor the moderator
     * @return the answered question
     * @throws IllegalArgumentException when the answer or its author is blank or too long
     * @throws QuestionStateException when the question is published or rejected
     */
    public Question answer(String reference, String by, String markdown, String actor) {
        requireText("the answer", markdown, MAX_ANSWER_CHARS);
        requireText("who answered (--by)", by, MAX_NAME_CHARS);
        Question question = show(reference);
        require(
                question,
                Set.of(QuestionState.RECEIVED, QuestionState.ANSWERED, QuestionState.SPAM),
                "answer",
                question.state() == QuestionState.PUBLISHED
                        ? "its answer is on the FAQ page"
                        : "a rejected question stays rejected");
        Instant now = clock.instant();
        return store.change(
                question.reference(),
                new QuestionStore.Change(
                        question.state(),
                        QuestionState.ANSWERED,
                        now,
                        actor,
                        Optional.empty(),
                        Optional.of(new Question.Answer(markdown.strip(), by.strip(), now)),
                        false,
                        List.of()));
    }

    /**
     * Publishes an answered question: it becomes an FAQ item of every engine that reads {@link
     * PublishedQuestions} from this store, at its next reload.
     *
     * @param reference its reference
     * @param actor the moderator
     * @return the published question, its asker's details erased
     * @throws QuestionStateException when the question is not answered
     */
    public Question publish(String reference, String actor) {
        Question question = show(reference);
        require(
                question,
                Set.of(QuestionState.ANSWERED),
                "publish",
                question.state() == QuestionState.PUBLISHED
                        ? "it is on the FAQ page already"
                        : "answer it first: toolkit questions answer "
                                + question.reference()
                                + " --by \"Name, role\" --file answer.md");
        return store.change(
                question.reference(),
                new QuestionStore.Change(
                        QuestionState.ANSWERED,
                        QuestionState.PUBLISHED,
                        clock.instant(),
                        actor,
                        Optional.empty(),
                        Optional.empty(),
                        true,
                        notices.published(question, PublishedQuestions.itemId(question))));
    }

    /**
     * Rejects a question, or withdraws a published one.
     *
     * @param reference its reference
     * @param reason why, kept in its history
     * @param actor the moderator
     * @return the rejected question, its asker's details erased
     * @throws QuestionStateException when it is rejected already
     */
    public Question reject(String reference, String reason, String actor) {
        requireText("the reason", reason, MAX_NAME_CHARS);
        Question question = show(reference);
        require(
                question,
                Set.of(
                        QuestionState.RECEIVED,
                        QuestionState.ANSWERED,
                        QuestionState.PUBLISHED,
                        QuestionState.SPAM),
                "reject",
                "there is nothing more to do");
        return store.change(
                question.reference(),
                new QuestionStore.Change(
                        question.state(),
                        QuestionState.REJECTED,
                        clock.instant(),
                        actor,
                        Optional.of(reason.strip()),
                        Optional.empty(),
                        true,
                        List.of()));
    }

    /**
     * Erases the asker's details of every question older than a time, and deletes the spam and
     * rejected questions older than it.
     *
     * @param olderThan the age, for example 90 days
     * @return what was erased and deleted
     * @throws IllegalArgumentException when the age is negative
     */
    public QuestionStore.Purged purge(Duration olderThan) {
        if (olderThan.isNegative()) {
            throw new IllegalArgumentException("the age to purge from cannot be negative");
        }
        return store.purge(clock.instant().minus(olderThan));
    }

    private static void require(
            Question question, Set<QuestionState> allowed, String action, String instead) {
        if (!allowed.contains(question.state())) {
            throw new QuestionStateException(
                    "cannot "
                            + action
                            + " "
                            + question.reference()
                            + ": it is "
                            + question.state().id()
                            + "; "
                            + instead);
        }
    }

    private static void requireText(String what, String text, int max) {
        if (text.isBlank()) {
            throw new IllegalArgumentException(what + " is empty");
        }
        if (text.length() > max) {
            throw new IllegalArgumentException(
                    what + " has " + text.length() + " characters; the most is " + max);
        }
    }
}
