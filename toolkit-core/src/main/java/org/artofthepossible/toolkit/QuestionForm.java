package org.artofthepossible.toolkit;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.model.Slugs;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Vocabulary;

/**
 * The form on which a visitor asks the community a question, as a page shows it: where it posts,
 * what the visitor typed, what was wrong with it, and the hidden fields the server that takes it
 * needs back (such as an anti-forgery token). What renderers render for a {@link
 * View#questionForm(QuestionForm) question form view}; the rules that check a submission live with
 * the server that takes it (for example {@code toolkit-questions}).
 *
 * <p>The form's fields are named as {@link Field#fieldName()} says, so a page, a server and a test
 * agree on them: {@code question}, {@code topic}, {@code name} and {@code email}.
 *
 * @param action the URL the form posts to
 * @param values what the visitor typed, per field; fields not given are empty
 * @param errors what is wrong with it, in the order of the fields; empty for a new form
 * @param hidden the hidden fields to post back, by name, in order
 */
public record QuestionForm(
        String action, Map<Field, String> values, List<Error> errors, Map<String, String> hidden) {

    /**
     * The vocabularies whose terms a visitor may choose as the topic of a question, in the order
     * the form offers them: the themes.
     */
    public static final List<String> TOPIC_VOCABULARIES = List.of(Vocabulary.THEME);

    /**
     * The name of a field that people never see and bots fill in: a form whose field holds anything
     * was not sent by a person.
     */
    public static final String HONEYPOT_FIELD = "website";

    /** The most characters a question may have. */
    public static final int MAX_QUESTION_CHARS = 2000;

    /** The most characters a name may have. */
    public static final int MAX_NAME_CHARS = 100;

    /**
     * The most characters an email address may have: RFC 5321's limit on a path, less its angle
     * brackets.
     */
    public static final int MAX_EMAIL_CHARS = 254;

    /** A field of the form. */
    public enum Field {
        /** The question itself; required. */
        QUESTION(MAX_QUESTION_CHARS),
        /** A term the question is about, as {@code vocabulary/term}; optional. */
        TOPIC(2 * 64 + 1),
        /** The asker's name; optional, never published. */
        NAME(MAX_NAME_CHARS),
        /** The asker's email address; optional, never published. */
        EMAIL(MAX_EMAIL_CHARS);

        private final int maxChars;

        Field(int maxChars) {
            this.maxChars = maxChars;
        }

        /**
         * Returns the name of the form field, which is also the id of its input.
         *
         * @return for example {@code question}
         */
        public String fieldName() {
            return name().toLowerCase(Locale.ROOT);
        }

        /**
         * Returns the most characters the field takes.
         *
         * @return the limit
         */
        public int maxChars() {
            return maxChars;
        }
    }

    /** What can be wrong with a submission; renderers say it in the page's language. */
    public enum Problem {
        /** A required field is empty. */
        MISSING,
        /** A field is longer than {@link Field#maxChars()}. */
        TOO_LONG,
        /** The email address is not one. */
        NOT_AN_EMAIL,
        /** The topic is not a term of the toolkit. */
        UNKNOWN_TOPIC,
        /** The form's token is missing, forged or too old: the visitor should send it again. */
        FORM_EXPIRED,
        /** This visitor has sent too many questions lately. */
        TOO_MANY,
        /** The question could not be kept just now; the visitor should try again later. */
        UNAVAILABLE
    }

    /**
     * One thing wrong with a submission.
     *
     * @param field the field it concerns; a problem with the form as a whole ({@link
     *     Problem#FORM_EXPIRED}, {@link Problem#TOO_MANY}, {@link Problem#UNAVAILABLE}) concerns
     *     the question, whose field keeps what the visitor typed
     * @param problem what is wrong
     */
    public record Error(Field field, Problem problem) {
        /** Checks the parts. */
        public Error {
            Objects.requireNonNull(field, "field");
            Objects.requireNonNull(problem, "problem");
        }
    }

    /** Checks and copies the parts. */
    public QuestionForm {
        Objects.requireNonNull(action, "action");
        values = Map.copyOf(values);
        errors = List.copyOf(errors);
        hidden = Collections.unmodifiableMap(new LinkedHashMap<>(hidden));
    }

    /**
     * Returns an empty form.
     *
     * @param action the URL the form posts to
     * @param hidden the hidden fields to post back
     * @return the form
     */
    public static QuestionForm empty(String action, Map<String, String> hidden) {
        return new QuestionForm(action, Map.of(), List.of(), hidden);
    }

    /**
     * Returns how a form, and a store, write a topic: {@code vocabulary/term}.
     *
     * @param topic the term
     * @return for example {@code theme/housing}
     */
    public static String topicValue(TermRef topic) {
        return topic.vocabulary() + "/" + topic.term();
    }

    /**
     * Reads a topic as {@link #topicValue(TermRef)} writes it; whether the toolkit declares the
     * term is for the caller to check.
     *
     * @param value what the form sent
     * @return the term, or empty when the value is not two slugs joined by {@code /}
     */
    public static Optional<TermRef> topic(String value) {
        int slash = value.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String vocabulary = value.substring(0, slash);
        String term = value.substring(slash + 1);
        return Slugs.isSlug(vocabulary) && Slugs.isSlug(term)
                ? Optional.of(TermRef.of(vocabulary, term))
                : Optional.empty();
    }

    /**
     * Returns what the visitor typed in a field.
     *
     * @param field the field
     * @return the value, empty when none
     */
    public String value(Field field) {
        return values.getOrDefault(field, "");
    }

    /**
     * Returns the problem with a field, if any.
     *
     * @param field the field
     * @return the first error concerning it
     */
    public Optional<Error> error(Field field) {
        return errors.stream().filter(e -> e.field() == field).findFirst();
    }
}
