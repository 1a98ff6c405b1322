package org.artofthepossible.toolkit.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.QuestionForm.Field;
import org.artofthepossible.toolkit.QuestionForm.Problem;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.questions.QuestionIntake.Outcome;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class QuestionIntakeTest {
    private static final Toolkit TOOLKIT = BundledForTests.TOOLKIT;
    private static final String ACTION = "/questions";

    @TempDir Path data;
    private JdbcQuestionStore store;
    private final MutableClock clock = new MutableClock(QuestionStoreContract.T0);
    private QuestionIntake intake;

    @BeforeEach
    void open() {
        store = JdbcQuestionStore.h2(data);
        intake =
                QuestionIntake.builder(store)
                        .clock(clock)
                        .notices(Notices.to(List.of("mod@example.org"), ""))
                        .build();
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** What a person sends: a form shown a while ago, filled in. */
    private Map<String, String> filledIn(String question) {
        QuestionForm form = intake.newForm(ACTION);
        clock.advance(Duration.ofSeconds(20));
        var fields = new HashMap<>(form.hidden());
        fields.put("question", question);
        fields.put("topic", "theme/health-and-wellbeing");
        fields.put("name", "Ann");
        fields.put("email", "ann@example.org");
        fields.put(QuestionForm.HONEYPOT_FIELD, "");
        return fields;
    }

    private Outcome submit(Map<String, String> fields) {
        return intake.submit(TOOLKIT, Locale.ENGLISH, fields, "203.0.113.7", ACTION);
    }

    private static Question received(Outcome outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Received.class);
        return ((Outcome.Received) outcome).question();
    }

    private static Outcome.Refused refused(Outcome outcome, Outcome.Reason reason) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        var refused = (Outcome.Refused) outcome;
        assertThat(refused.reason()).isEqualTo(reason);
        return refused;
    }

    @Test
    void anHonestVisitorsQuestionIsKeptAndTheModeratorsToldOfIt() {
        Question question = received(submit(filledIn("How long may an alliance contract run?")));

        assertThat(question.state()).isEqualTo(QuestionState.RECEIVED);
        assertThat(question.topic()).contains(TermRef.of("theme", "health-and-wellbeing"));
        assertThat(question.asker().email()).contains("ann@example.org");
        assertThat(store.claimMail(clock.instant(), Duration.ofMinutes(1), 10))
                .singleElement()
                .satisfies(
                        mail -> {
                            assertThat(mail.to()).isEqualTo("mod@example.org");
                            assertThat(mail.subject())
                                    .isEqualTo("New question " + question.reference());
                            assertThat(mail.body()).contains("How long may an alliance");
                        });
    }

    @Test
    void aFormWithoutItsTokenOrWithAForgedOneIsRefusedWithTheInputKept() {
        Map<String, String> missing = filledIn("Forged?");
        missing.remove(QuestionIntake.TOKEN_FIELD);
        Map<String, String> forged = filledIn("Forged?");
        String token = forged.get(QuestionIntake.TOKEN_FIELD);
        forged.put(QuestionIntake.TOKEN_FIELD, token.substring(0, token.length() - 2) + "AA");
        Map<String, String> otherSite;
        try (var other = JdbcQuestionStore.h2(data.resolve("other"))) {
            otherSite = new HashMap<>(filledIn("Forged?"));
            otherSite.putAll(
                    QuestionIntake.builder(other).clock(clock).build().newForm(ACTION).hidden());
        }

        for (Map<String, String> fields : List.of(missing, forged, otherSite)) {
            Outcome.Refused refused = refused(submit(fields), Outcome.Reason.FORM_EXPIRED);
            assertThat(refused.form().errors())
                    .containsExactly(new QuestionForm.Error(Field.QUESTION, Problem.FORM_EXPIRED));
            assertThat(refused.form().value(Field.QUESTION)).isEqualTo("Forged?");
            // A fresh token: sending the form again goes through.
            var again = new HashMap<>(fields);
            again.putAll(refused.form().hidden());
            clock.advance(Duration.ofSeconds(5));
            assertThat(received(submit(again)).text()).isEqualTo("Forged?");
        }
    }

    @Test
    void aFormOlderThanItsAgeHasExpired() {
        Map<String, String> fields = filledIn("Late?");
        clock.advance(Duration.ofHours(13));
        refused(submit(fields), Outcome.Reason.FORM_EXPIRED);
    }

    @Test
    void aFilledHoneypotIsKeptAsSpamAndAnsweredAsAnyOther() {
        Map<String, String> fields = filledIn("Cheap pills");
        fields.put(QuestionForm.HONEYPOT_FIELD, "https://spam.example");

        Question question = received(submit(fields));

        assertThat(question.state()).isEqualTo(QuestionState.SPAM);
        assertThat(question.history().get(0).note())
                .contains("the hidden field people never see was filled in");
        // No moderator is woken for spam.
        assertThat(store.claimMail(clock.instant(), Duration.ofMinutes(1), 10)).isEmpty();
    }

    @Test
    void aFormSentSoonerThanAPersonCanIsSpamAndOneSentLaterIsNot() {
        QuestionForm form = intake.newForm(ACTION);
        var fields = new HashMap<>(form.hidden());
        fields.put("question", "Fast?");
        clock.advance(Duration.ofMillis(800));
        Question fast = received(submit(fields));
        assertThat(fast.state()).isEqualTo(QuestionState.SPAM);
        assertThat(fast.history().get(0).note())
                .contains("sent 800 ms after the form was shown, sooner than a person can");

        Question patient = received(submit(filledIn("Patient?")));
        assertThat(patient.state()).isEqualTo(QuestionState.RECEIVED);
    }

    @Test
    void aClientIsLimitedToFiveQuestionsAnHourAndOthersAreNot() {
        for (int i = 0; i < 5; i++) {
            received(submit(filledIn("Question " + i)));
        }
        Outcome.Refused refused = refused(submit(filledIn("One more")), Outcome.Reason.TOO_MANY);
        assertThat(refused.form().value(Field.QUESTION)).isEqualTo("One more");

        Map<String, String> fromElsewhere = filledIn("From elsewhere");
        received(intake.submit(TOOLKIT, Locale.ENGLISH, fromElsewhere, "198.51.100.2", ACTION));

        clock.advance(Duration.ofHours(1));
        received(submit(filledIn("An hour later")));
    }

    @Test
    void everyProblemWithTheFieldsComesBackAtOnceWithTheInputKept() {
        Map<String, String> fields = filledIn("");
        fields.put("topic", "region/atlantis");
        fields.put("name", "n".repeat(101));
        fields.put("email", "not an address");

        Outcome.Refused refused = refused(submit(fields), Outcome.Reason.INVALID);

        assertThat(refused.form().errors())
                .containsExactly(
                        new QuestionForm.Error(Field.QUESTION, Problem.MISSING),
                        new QuestionForm.Error(Field.TOPIC, Problem.UNKNOWN_TOPIC),
                        new QuestionForm.Error(Field.NAME, Problem.TOO_LONG),
                        new QuestionForm.Error(Field.EMAIL, Problem.NOT_AN_EMAIL));
        assertThat(refused.form().value(Field.EMAIL)).isEqualTo("not an address");
        assertThat(refused.form().hidden()).isEqualTo(Map.of("token", fields.get("token")));
        assertThat(store.list(Optional.empty())).isEmpty();
    }

    @Test
    void aQuestionOverItsLimitIsRefusedAndTheLimitCountsCharactersNotUnits() {
        refused(submit(filledIn("x".repeat(2001))), Outcome.Reason.INVALID);
        // 2,000 characters outside the BMP: 4,000 UTF-16 units, still within the limit.
        received(submit(filledIn("\uD83D\uDE00".repeat(2000))));
    }

    @Test
    void aFormSentTwiceIsKeptOnceUnderOneReference() {
        Map<String, String> fields = filledIn("Twice?");
        Question first = received(submit(fields));
        Question again = received(submit(fields));

        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(store.list(Optional.empty())).hasSize(1);
    }

    @Test
    void controlCharactersAndLoneSurrogatesNeverReachTheStore() {
        Map<String, String> fields =
                filledIn("Line one\r\nline\u0000 two\u001b[31m \uD800 cafe\u0301");
        fields.put("name", "Ann\nAsker");

        Question question = received(submit(fields));

        assertThat(question.text()).isEqualTo("Line one\nline two[31m \uFFFD caf\u00e9");
        assertThat(question.asker().name()).contains("Ann Asker");
    }

    @Test
    void aStoreThatCannotBeReachedGivesTheFormBackWithTheQuestionInIt() {
        Map<String, String> fields = filledIn("Will this be lost?");
        store.close();

        Outcome.Refused refused = refused(submit(fields), Outcome.Reason.UNAVAILABLE);

        assertThat(refused.form().value(Field.QUESTION)).isEqualTo("Will this be lost?");
        assertThat(refused.form().errors())
                .containsExactly(new QuestionForm.Error(Field.QUESTION, Problem.UNAVAILABLE));
    }
}
