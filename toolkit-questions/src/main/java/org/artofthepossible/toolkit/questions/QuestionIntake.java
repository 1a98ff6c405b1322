package org.artofthepossible.toolkit.questions;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.QuestionForm.Field;
import org.artofthepossible.toolkit.QuestionForm.Problem;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.questions.internal.FormTokens;

/**
 * Takes questions from visitors: gives each visitor a form, and checks what comes back before a
 * {@link QuestionStore} keeps it. Independent of any HTTP server: a server passes the posted fields
 * and a key for the client (its address), and turns the {@link Outcome} into a response.
 *
 * <p>What it checks, in order:
 *
 * <ol>
 *   <li>the form's token ({@value #TOKEN_FIELD}): signed with the store's secret, and at most
 *       {@link Builder#maximumFormAge(Duration) the form's age} old; otherwise the form comes back
 *       with {@link Problem#FORM_EXPIRED}, what was typed kept (the anti-forgery check: another
 *       site cannot make a visitor's browser post a question);
 *   <li>the fields: the question is required, every field has its {@linkplain Field#maxChars()
 *       limit}, the email address must be one and the topic a term of {@link
 *       QuestionForm#TOPIC_VOCABULARIES}; otherwise the form comes back with each problem;
 *   <li>the client's rate: at most {@link Builder#questionsPerHour(int) so many questions an hour}
 *       from one client, by a Bucket4j token bucket per client; otherwise {@link Problem#TOO_MANY};
 *   <li>bots: a question whose {@linkplain QuestionForm#HONEYPOT_FIELD honeypot} holds anything, or
 *       that was sent sooner than {@link Builder#minimumFillTime(Duration) a person can}, is kept
 *       as {@link QuestionState#SPAM} (never dropped) and answered as any other, so a bot learns
 *       nothing.
 * </ol>
 *
 * <p>A form sent twice (a double click, a refreshed post) is kept once: its token names it, and the
 * second sending gets the first one's reference. When the store cannot be reached, the form comes
 * back with {@link Problem#UNAVAILABLE} and what was typed. Safe to use from several threads.
 */
public final class QuestionIntake {
    /** The hidden field holding the form's token. */
    public static final String TOKEN_FIELD = "token";

    private static final String SECRET_NAME = "form-token";

    private final QuestionStore store;
    private final Clock clock;
    private final Duration minimumFillTime;
    private final Duration maximumFormAge;
    private final int questionsPerHour;
    private final Notices notices;
    private final FormTokens tokens;
    private final Cache<String, Bucket> buckets;
    private final TimeMeter time;

    private QuestionIntake(Builder builder) {
        this.store = builder.store;
        this.clock = builder.clock;
        this.minimumFillTime = builder.minimumFillTime;
        this.maximumFormAge = builder.maximumFormAge;
        this.questionsPerHour = builder.questionsPerHour;
        this.notices = builder.notices;
        this.tokens = new FormTokens(store.secret(SECRET_NAME));
        // A client unseen for an hour has a full bucket again: forgetting it loses nothing.
        this.buckets =
                Caffeine.newBuilder()
                        .expireAfterAccess(Duration.ofHours(1))
                        .maximumSize(100_000)
                        .build();
        this.time =
                new TimeMeter() {
                    @Override
                    public long currentTimeNanos() {
                        Instant now = clock.instant();
                        return now.getEpochSecond() * 1_000_000_000L + now.getNano();
                    }

                    @Override
                    public boolean isWallClockBased() {
                        return true;
                    }
                };
    }

    /**
     * Starts a builder.
     *
     * @param store where questions are kept; its {@linkplain QuestionStore#secret secret} signs the
     *     forms
     * @return the builder
     */
    public static Builder builder(QuestionStore store) {
        return new Builder(store);
    }

    /**
     * Returns a new form, with a fresh token.
     *
     * @param action the URL it posts to
     * @return the form
     */
    public QuestionForm newForm(String action) {
        return QuestionForm.empty(action, Map.of(TOKEN_FIELD, tokens.issue(clock.instant())));
    }

    /**
     * Takes what a visitor posted.
     *
     * @param toolkit the snapshot whose vocabularies the topic must be a term of
     * @param locale the language of the page the form was on
     * @param fields the posted fields by name; absent fields count as empty
     * @param client who sent it, for the rate limit: for example the client's address
     * @param action the URL the form posts to, for a form shown again
     * @return the question kept, or why not with the form to show again
     */
    public Outcome submit(
            Toolkit toolkit,
            Locale locale,
            Map<String, String> fields,
            String client,
            String action) {
        Instant now = clock.instant();
        var values = new EnumMap<Field, String>(Field.class);
        for (Field field : Field.values()) {
            values.put(field, clean(fields.getOrDefault(field.fieldName(), ""), field));
        }
        String token = fields.getOrDefault(TOKEN_FIELD, "");
        Optional<FormTokens.Verified> verified = tokens.verify(token, now, maximumFormAge);
        if (verified.isEmpty()) {
            // A fresh token, so that sending the form again works.
            return refused(
                    Outcome.Reason.FORM_EXPIRED,
                    action,
                    values,
                    List.of(new QuestionForm.Error(Field.QUESTION, Problem.FORM_EXPIRED)),
                    tokens.issue(now));
        }
        List<QuestionForm.Error> errors = check(toolkit, values);
        if (!errors.isEmpty()) {
            return refused(Outcome.Reason.INVALID, action, values, errors, token);
        }
        Bucket bucket = buckets.get(client, key -> newBucket());
        if (!bucket.tryConsume(1)) {
            return refused(
                    Outcome.Reason.TOO_MANY,
                    action,
                    values,
                    List.of(new QuestionForm.Error(Field.QUESTION, Problem.TOO_MANY)),
                    token);
        }
        Optional<String> spam = spam(fields, verified.get().issued(), now);
        var submission =
                new Submission(
                        values.get(Field.QUESTION),
                        QuestionForm.topic(values.get(Field.TOPIC)),
                        locale,
                        new Question.Asker(
                                optional(values.get(Field.NAME)),
                                optional(values.get(Field.EMAIL))),
                        verified.get().nonce(),
                        spam);
        try {
            Question kept =
                    store.add(
                            submission,
                            now,
                            reference ->
                                    spam.isPresent()
                                            ? List.of()
                                            : notices.received(reference, submission.text()));
            return new Outcome.Received(kept);
        } catch (QuestionStoreException e) {
            return refused(
                    Outcome.Reason.UNAVAILABLE,
                    action,
                    values,
                    List.of(new QuestionForm.Error(Field.QUESTION, Problem.UNAVAILABLE)),
                    token);
        }
    }

    private Bucket newBucket() {
        return Bucket.builder()
                .addLimit(
                        Bandwidth.builder()
                                .capacity(questionsPerHour)
                                .refillGreedy(questionsPerHour, Duration.ofHours(1))
                                .build())
                .withCustomTimePrecision(time)
                .build();
    }

    private Optional<String> spam(Map<String, String> fields, Instant issued, Instant now) {
        if (!fields.getOrDefault(QuestionForm.HONEYPOT_FIELD, "").isEmpty()) {
            return Optional.of("the hidden field people never see was filled in");
        }
        Duration taken = Duration.between(issued, now);
        if (taken.compareTo(minimumFillTime) < 0) {
            return Optional.of(
                    "sent "
                            + Math.max(0, taken.toMillis())
                            + " ms after the form was shown, sooner than a person can");
        }
        return Optional.empty();
    }

    private static List<QuestionForm.Error> check(Toolkit toolkit, Map<Field, String> values) {
        var errors = new ArrayList<QuestionForm.Error>();
        String question = values.get(Field.QUESTION);
        if (question.isEmpty()) {
            errors.add(new QuestionForm.Error(Field.QUESTION, Problem.MISSING));
        } else if (tooLong(question, Field.QUESTION)) {
            errors.add(new QuestionForm.Error(Field.QUESTION, Problem.TOO_LONG));
        }
        String topic = values.get(Field.TOPIC);
        if (!topic.isEmpty() && !isTopic(toolkit, topic)) {
            errors.add(new QuestionForm.Error(Field.TOPIC, Problem.UNKNOWN_TOPIC));
        }
        if (tooLong(values.get(Field.NAME), Field.NAME)) {
            errors.add(new QuestionForm.Error(Field.NAME, Problem.TOO_LONG));
        }
        String email = values.get(Field.EMAIL);
        if (tooLong(email, Field.EMAIL)) {
            errors.add(new QuestionForm.Error(Field.EMAIL, Problem.TOO_LONG));
        } else if (!email.isEmpty() && !isEmailAddress(email)) {
            errors.add(new QuestionForm.Error(Field.EMAIL, Problem.NOT_AN_EMAIL));
        }
        return errors;
    }

    private static boolean tooLong(String value, Field field) {
        return value.codePointCount(0, value.length()) > field.maxChars();
    }

    private static boolean isTopic(Toolkit toolkit, String topic) {
        return QuestionForm.topic(topic)
                .filter(t -> QuestionForm.TOPIC_VOCABULARIES.contains(t.vocabulary()))
                .filter(t -> toolkit.term(t.vocabulary(), t.term()).isPresent())
                .isPresent();
    }

    /** An address alone, as RFC 822 reads it through Jakarta Mail, with a domain. */
    private static boolean isEmailAddress(String email) {
        try {
            var address = new InternetAddress(email, true);
            return address.getAddress().equals(email)
                    && address.getPersonal() == null
                    && email.indexOf('@') > 0
                    && email.indexOf('@') < email.length() - 1;
        } catch (AddressException e) {
            return false;
        }
    }

    private static Optional<String> optional(String value) {
        return value.isEmpty() ? Optional.empty() : Optional.of(value);
    }

    /**
     * A field as kept: NFC, line ends as {@code \n} in the question and none elsewhere, no other
     * control characters and no lone surrogates, trimmed. Cut at twice the field's limit, so what a
     * visitor sees again is bounded however much they sent.
     */
    private static String clean(String raw, Field field) {
        String bounded =
                raw.length() > 2 * field.maxChars() ? raw.substring(0, 2 * field.maxChars()) : raw;
        String text = Normalizer.normalize(bounded.replace("\r\n", "\n"), Normalizer.Form.NFC);
        var kept = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                kept.append(c).append(text.charAt(++i));
            } else if (Character.isSurrogate(c)) {
                kept.append('\uFFFD');
            } else if (c == '\n' || c == '\t') {
                kept.append(field == Field.QUESTION ? c : ' ');
            } else if (!Character.isISOControl(c)) {
                kept.append(c);
            }
        }
        return kept.toString().strip();
    }

    private static Outcome refused(
            Outcome.Reason reason,
            String action,
            Map<Field, String> values,
            List<QuestionForm.Error> errors,
            String token) {
        return new Outcome.Refused(
                reason, new QuestionForm(action, values, errors, Map.of(TOKEN_FIELD, token)));
    }

    /** What became of a submission. */
    public sealed interface Outcome {
        /**
         * The question was kept (or, sent again, had been).
         *
         * @param question the question, with the reference to show
         */
        record Received(Question question) implements Outcome {}

        /**
         * The question was not kept.
         *
         * @param reason why, for the response's status
         * @param form the form to show again, with the problems and what was typed
         */
        record Refused(Reason reason, QuestionForm form) implements Outcome {}

        /** Why a question was not kept. */
        enum Reason {
            /** Some field is wrong: the form is shown again to correct. */
            INVALID,
            /** The token is missing, forged or too old: {@code 403}. */
            FORM_EXPIRED,
            /** The client sent too many questions lately: {@code 429}. */
            TOO_MANY,
            /** The store cannot be reached: {@code 503}. */
            UNAVAILABLE
        }
    }

    /** Builds a {@link QuestionIntake}; reusable after {@link #build()}. */
    public static final class Builder {
        private final QuestionStore store;
        private Clock clock = Clock.systemUTC();
        private Duration minimumFillTime = Duration.ofSeconds(3);
        private Duration maximumFormAge = Duration.ofHours(12);
        private int questionsPerHour = 5;
        private Notices notices = Notices.none();

        private Builder(QuestionStore store) {
            this.store = Objects.requireNonNull(store, "store");
        }

        /**
         * Sets the clock. By default the system's.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Sets how soon after the form was shown a person can send it; sooner is a bot. By default
         * 3 seconds.
         *
         * @param time the time; zero turns the check off
         * @return this builder
         * @throws IllegalArgumentException when negative
         */
        public Builder minimumFillTime(Duration time) {
            if (time.isNegative()) {
                throw new IllegalArgumentException("the minimum fill time cannot be negative");
            }
            this.minimumFillTime = time;
            return this;
        }

        /**
         * Sets how long a form stays valid. By default 12 hours.
         *
         * @param age the age
         * @return this builder
         * @throws IllegalArgumentException when not positive
         */
        public Builder maximumFormAge(Duration age) {
            if (age.isNegative() || age.isZero()) {
                throw new IllegalArgumentException("the maximum form age must be positive");
            }
            this.maximumFormAge = age;
            return this;
        }

        /**
         * Sets how many questions one client may send in an hour. By default 5.
         *
         * @param count the count
         * @return this builder
         * @throws IllegalArgumentException when below 1
         */
        public Builder questionsPerHour(int count) {
            if (count < 1) {
                throw new IllegalArgumentException(
                        "questions per hour must be at least 1, not " + count);
            }
            this.questionsPerHour = count;
            return this;
        }

        /**
         * Sets the email new questions cause. By default none.
         *
         * @param notices the notices
         * @return this builder
         */
        public Builder notices(Notices notices) {
            this.notices = Objects.requireNonNull(notices, "notices");
            return this;
        }

        /**
         * Builds the intake, reading the store's secret.
         *
         * @return the intake
         * @throws QuestionStoreException when the store cannot be reached
         */
        public QuestionIntake build() {
            return new QuestionIntake(this);
        }
    }
}
