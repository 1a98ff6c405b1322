package org.artofthepossible.toolkit.questions;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** The outbox against GreenMail, a real SMTP server in the test's JVM. */
class OutboxTest {
    @RegisterExtension
    static final GreenMailExtension SMTP =
            new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort());

    @TempDir Path data;
    private JdbcQuestionStore store;
    private final MutableClock clock = new MutableClock(QuestionStoreContract.T0);

    @BeforeEach
    void open() {
        store = JdbcQuestionStore.h2(data);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private QuestionIntake intake() {
        return QuestionIntake.builder(store)
                .clock(clock)
                .notices(Notices.to(List.of("moderator@example.org"), "https://t.example"))
                .build();
    }

    private Question ask(String question) {
        var form = intake().newForm("/questions");
        clock.advance(Duration.ofSeconds(30));
        var fields = new HashMap<>(form.hidden());
        fields.put("question", question);
        fields.put("email", "asker@example.org");
        var outcome =
                intake().submit(
                                BundledForTests.TOOLKIT,
                                Locale.ENGLISH,
                                fields,
                                "client",
                                "/questions");
        return ((QuestionIntake.Outcome.Received) outcome).question();
    }

    private MailSettings greenMail() {
        return MailSettings.plain("127.0.0.1", SMTP.getSmtp().getPort(), "toolkit@example.org");
    }

    @Test
    void moderatorsAreToldOfANewQuestionAndTheAskerOfItsPublication() throws Exception {
        Question question = ask("Who owns the data in an alliance?");
        var outbox = new Outbox(store, greenMail(), clock);

        assertThat(outbox.deliverDue()).isEqualTo(1);
        MimeMessage toModerator = SMTP.getReceivedMessages()[0];
        assertThat(toModerator.getAllRecipients()[0].toString()).isEqualTo("moderator@example.org");
        assertThat(toModerator.getSubject()).isEqualTo("New question " + question.reference());
        assertThat(GreenMailUtil.getBody(toModerator)).contains("Who owns the data");

        var moderation =
                new Moderation(
                        store,
                        clock,
                        Notices.to(List.of("moderator@example.org"), "https://t.example"));
        moderation.answer(question.reference(), "E3M", "The partners, jointly.", "m");
        moderation.publish(question.reference(), "m");
        assertThat(outbox.deliverDue()).isEqualTo(1);
        MimeMessage toAsker = SMTP.getReceivedMessages()[1];
        assertThat(toAsker.getAllRecipients()[0].toString()).isEqualTo("asker@example.org");
        assertThat(GreenMailUtil.getBody(toAsker)).contains("https://t.example/faqs/community-");
        // Sent once: nothing is due any more.
        assertThat(outbox.deliverDue()).isZero();
        assertThat(SMTP.getReceivedMessages()).hasSize(2);
    }

    @Test
    void aMailServerThatIsDownLosesNothingAndIsTriedAgainLater() throws Exception {
        ask("Will my question reach them?");
        int closedPort;
        try (var socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var down =
                new Outbox(
                        store,
                        MailSettings.plain("127.0.0.1", closedPort, "toolkit@example.org"),
                        clock);

        assertThat(down.deliverDue()).isZero();
        assertThat(store.claimMail(clock.instant(), Duration.ofSeconds(1), 10))
                .as("not due again until its back-off has passed")
                .isEmpty();

        clock.advance(Outbox.backoff(0));
        var up = new Outbox(store, greenMail(), clock);
        assertThat(up.deliverDue()).isEqualTo(1);
        assertThat(SMTP.getReceivedMessages()).hasSize(1);
    }

    @Test
    void theBackOffDoublesFromAMinuteUpToSixHours() {
        assertThat(Outbox.backoff(0)).isEqualTo(Duration.ofMinutes(1));
        assertThat(Outbox.backoff(1)).isEqualTo(Duration.ofMinutes(2));
        assertThat(Outbox.backoff(5)).isEqualTo(Duration.ofMinutes(32));
        assertThat(Outbox.backoff(9)).isEqualTo(Duration.ofHours(6));
        assertThat(Outbox.backoff(1000)).isEqualTo(Duration.ofHours(6));
    }
}
