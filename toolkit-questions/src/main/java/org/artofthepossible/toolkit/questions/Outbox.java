package org.artofthepossible.toolkit.questions;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import org.artofthepossible.toolkit.questions.QuestionStore.Mail;

/**
 * Sends the mail waiting in a store's outbox over SMTP, with Jakarta Mail. A message that cannot be
 * sent stays in the outbox and is tried again later, each wait twice the last (from a minute, up to
 * six hours), so a mail server that is down loses nothing. Several servers sharing a store may each
 * run an outbox: a message is claimed by one before it is sent.
 *
 * <p>{@link #deliverDue()} sends what is due once; a caller schedules it, for example every 30
 * seconds on its own executor.
 */
public final class Outbox {
    /** How many messages one round sends at most. */
    static final int BATCH = 50;

    /** How long a claimed message is held by the server sending it. */
    static final Duration LEASE = Duration.ofMinutes(5);

    /** The longest wait between two tries of one message. */
    static final Duration MAX_BACKOFF = Duration.ofHours(6);

    private static final System.Logger LOG = System.getLogger(Outbox.class.getName());
    private static final int TIMEOUT_MILLIS = 10_000;

    private final QuestionStore store;
    private final MailSettings settings;
    private final Clock clock;
    private final Session session;

    /**
     * Creates an outbox.
     *
     * @param store whose outbox to send
     * @param settings the SMTP server
     * @param clock the time messages are due by
     */
    public Outbox(QuestionStore store, MailSettings settings, Clock clock) {
        this.store = Objects.requireNonNull(store, "store");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        var properties = new Properties();
        properties.put("mail.smtp.host", settings.host());
        properties.put("mail.smtp.port", Integer.toString(settings.port()));
        properties.put("mail.smtp.auth", Boolean.toString(settings.user().isPresent()));
        properties.put("mail.smtp.starttls.enable", Boolean.toString(settings.startTls()));
        properties.put("mail.smtp.starttls.required", Boolean.toString(settings.startTls()));
        // A server that does not answer must not hold a thread for ever.
        properties.put("mail.smtp.connectiontimeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.timeout", Integer.toString(TIMEOUT_MILLIS));
        properties.put("mail.smtp.writetimeout", Integer.toString(TIMEOUT_MILLIS));
        this.session = Session.getInstance(properties);
    }

    /**
     * Sends every message due now, each once.
     *
     * @return how many were sent; those that failed wait for their next try
     * @throws QuestionStoreException when the store cannot be reached
     */
    public int deliverDue() {
        List<Mail> due = store.claimMail(clock.instant(), LEASE, BATCH);
        int sent = 0;
        for (Mail mail : due) {
            try {
                send(mail);
                store.mailSent(mail.id(), clock.instant());
                sent++;
            } catch (MessagingException e) {
                Instant retry = clock.instant().plus(backoff(mail.attempts()));
                LOG.log(
                        Level.WARNING,
                        "sending mail "
                                + mail.id()
                                + " through "
                                + settings
                                + " failed; trying again at "
                                + retry
                                + ": "
                                + e.getMessage());
                store.mailFailed(mail.id(), String.valueOf(e.getMessage()), retry);
            }
        }
        return sent;
    }

    /** The wait after a message's {@code attempts}-th failure: 1, 2, 4... minutes, at most 6 h. */
    static Duration backoff(int attempts) {
        int doublings = Math.min(Math.max(attempts, 0), 16);
        Duration wait = Duration.ofMinutes(1L << doublings);
        return wait.compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : wait;
    }

    private void send(Mail mail) throws MessagingException {
        var message = new MimeMessage(session);
        message.setFrom(new InternetAddress(settings.from(), true));
        message.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to(), true));
        message.setSubject(mail.subject(), "UTF-8");
        message.setText(mail.body(), "UTF-8");
        message.setSentDate(Date.from(clock.instant()));
        if (settings.user().isPresent()) {
            Transport.send(message, settings.user().get(), settings.password().orElse(""));
        } else {
            Transport.send(message);
        }
    }
}
