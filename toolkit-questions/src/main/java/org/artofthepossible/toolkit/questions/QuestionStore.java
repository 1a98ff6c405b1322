package org.artofthepossible.toolkit.questions;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * Where questions are kept, durably, with the mail waiting to be sent about them. {@link
 * JdbcQuestionStore} keeps them in H2 or PostgreSQL; another store implements this interface.
 *
 * <p>Every method is atomic and safe to call from several threads and several processes sharing the
 * store: a change either happens whole (the question, its history and its mail) or not at all.
 * Failures to reach the store are {@link QuestionStoreException}s.
 */
public interface QuestionStore extends AutoCloseable {

    /**
     * Keeps a new question, with a new unique reference, in state {@link QuestionState#RECEIVED},
     * or {@link QuestionState#SPAM} when the submission says so. A submission whose token the store
     * already holds is a form sent again: nothing changes, and the question kept the first time is
     * returned.
     *
     * @param submission what the visitor sent
     * @param at when it arrived
     * @param mail the messages to send about it (to moderators), given its reference; kept in the
     *     same transaction
     * @return the question kept
     */
    Question add(Submission submission, Instant at, Function<String, List<Mail>> mail);

    /**
     * Finds a question by its reference.
     *
     * @param reference for example {@code Q-7KD3}, in any case
     * @return the question, if the store holds it
     */
    Optional<Question> find(String reference);

    /**
     * Lists questions, oldest first.
     *
     * @param state only those in this state; empty for all
     * @return the questions, with their history
     */
    List<Question> list(Optional<QuestionState> state);

    /**
     * Changes a question's state, if it is still in the state the change starts from.
     *
     * @param reference the question's reference
     * @param change what changes
     * @return the question after the change
     * @throws UnknownQuestionException when the store holds no such question
     * @throws QuestionStateException when the question is no longer in {@link Change#from()}, as
     *     when two moderators act at once
     */
    Question change(String reference, Change change);

    /**
     * Erases the personal data of every question received before a time, and deletes the spam and
     * rejected questions received before it.
     *
     * @param before the cut-off
     * @return how many questions lost their asker's details, and how many were deleted
     */
    Purged purge(Instant before);

    /**
     * Returns a number that changes whenever a question changes: a server compares it to tell when
     * to reload what it publishes.
     *
     * @return the store's change count
     */
    long lastChange();

    /**
     * Claims mail due to be sent: not sent yet, and due at or before a time, oldest first. Each
     * message returned is held for the lease, so that another server sharing the store does not
     * send it too; a message neither sent nor failed by then is due again.
     *
     * @param now the time
     * @param lease how long the caller holds the messages
     * @param limit the most to return
     * @return the messages
     */
    List<Mail> claimMail(Instant now, Duration lease, int limit);

    /**
     * Records that a message was sent; its recipient's address is erased with it.
     *
     * @param id the message's id
     * @param at when
     */
    void mailSent(long id, Instant at);

    /**
     * Records that sending a message failed, and when to try again.
     *
     * @param id the message's id
     * @param error what went wrong
     * @param retryAt when to try again
     */
    void mailFailed(long id, String error, Instant retryAt);

    /**
     * Returns a secret kept by the store, made at random the first time it is asked for: every
     * server sharing the store signs and checks form tokens with the same key.
     *
     * @param name what the secret is for
     * @return 32 random bytes, the same on every call and in every process
     */
    byte[] secret(String name);

    /** Releases the store's connections. */
    @Override
    void close();

    /**
     * A change of state.
     *
     * @param from the state the question must be in
     * @param to the state it moves to
     * @param at when
     * @param actor who makes the change
     * @param note why, if said
     * @param answer a new answer, if the change answers it
     * @param forgetAsker whether to erase the asker's name and email address
     * @param mail messages to send about it, kept in the same transaction
     */
    record Change(
            QuestionState from,
            QuestionState to,
            Instant at,
            String actor,
            Optional<String> note,
            Optional<Question.Answer> answer,
            boolean forgetAsker,
            List<Mail> mail) {
        /** Checks and copies the parts. */
        public Change {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(note, "note");
            Objects.requireNonNull(answer, "answer");
            mail = List.copyOf(mail);
        }
    }

    /**
     * What a purge did.
     *
     * @param erased questions whose asker's details were erased
     * @param deleted spam and rejected questions deleted
     */
    record Purged(int erased, int deleted) {}

    /**
     * A message waiting in the store's outbox.
     *
     * @param id its id in the outbox; 0 for a message not yet kept
     * @param to the recipient's address
     * @param subject the subject
     * @param body the plain-text body
     * @param attempts how many times sending it failed
     */
    record Mail(long id, String to, String subject, String body, int attempts) {
        /** Checks the parts. */
        public Mail {
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(subject, "subject");
            Objects.requireNonNull(body, "body");
        }

        /**
         * Returns a new message, to be kept.
         *
         * @param to the recipient's address
         * @param subject the subject
         * @param body the plain-text body
         * @return the message
         */
        public static Mail of(String to, String subject, String body) {
            return new Mail(0, to, subject, body, 0);
        }
    }
}
