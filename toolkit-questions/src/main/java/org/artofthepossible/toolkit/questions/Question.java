package org.artofthepossible.toolkit.questions;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.model.TermRef;

/**
 * A question as the store keeps it.
 *
 * @param reference the reference the visitor was given, for example {@code Q-7KD3}
 * @param text the question as the visitor wrote it
 * @param topic the term the visitor chose, if any
 * @param locale the language of the page it was sent from
 * @param asker who sent it, until their details are erased
 * @param state where it stands
 * @param received when it arrived
 * @param answer its answer, once answered
 * @param history every change of state, oldest first, the arrival first
 */
public record Question(
        String reference,
        String text,
        Optional<TermRef> topic,
        Locale locale,
        Asker asker,
        QuestionState state,
        Instant received,
        Optional<Answer> answer,
        List<Transition> history) {

    /** Checks and copies the parts. */
    public Question {
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(received, "received");
        Objects.requireNonNull(answer, "answer");
        history = List.copyOf(history);
    }

    /**
     * Who asked: personal data, shown to moderators only, never published, and erased when the
     * question is published or rejected and by {@link Moderation#purge}.
     *
     * @param name the name they gave
     * @param email the email address they gave
     */
    public record Asker(Optional<String> name, Optional<String> email) {
        /** Nobody: no name or email given, or both erased. */
        public static final Asker NOBODY = new Asker(Optional.empty(), Optional.empty());

        /** Checks the parts. */
        public Asker {
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(email, "email");
        }
    }

    /**
     * A moderator's answer.
     *
     * @param markdown the answer, in Markdown
     * @param by who answered, as published: for example {@code "Jane Smith, solicitor"}
     * @param at when
     */
    public record Answer(String markdown, String by, Instant at) {
        /** Checks the parts. */
        public Answer {
            Objects.requireNonNull(markdown, "markdown");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(at, "at");
        }
    }

    /**
     * One change of state.
     *
     * @param from the state before; empty for the arrival
     * @param to the state after
     * @param at when
     * @param actor who made it: {@code visitor}, {@code intake}, or a moderator's name
     * @param note why, for example a rejection's reason or what the intake caught
     */
    public record Transition(
            Optional<QuestionState> from,
            QuestionState to,
            Instant at,
            String actor,
            Optional<String> note) {
        /** Checks the parts. */
        public Transition {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(actor, "actor");
            Objects.requireNonNull(note, "note");
        }
    }
}
