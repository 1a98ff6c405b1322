package org.artofthepossible.toolkit.questions;

import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.model.TermRef;

/**
 * A question as the intake accepted it, to be kept by a {@link QuestionStore}.
 *
 * @param text the question
 * @param topic the term chosen, if any
 * @param locale the language of the page it came from
 * @param asker the name and email address given
 * @param token the form's single-use token: the store keeps one question per token, so a form sent
 *     twice is kept once
 * @param spam why the intake took it for spam; empty for a question from a person
 */
public record Submission(
        String text,
        Optional<TermRef> topic,
        Locale locale,
        Question.Asker asker,
        String token,
        Optional<String> spam) {

    /** Checks the parts. */
    public Submission {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(topic, "topic");
        Objects.requireNonNull(locale, "locale");
        Objects.requireNonNull(asker, "asker");
        Objects.requireNonNull(token, "token");
        Objects.requireNonNull(spam, "spam");
    }
}
