package org.artofthepossible.toolkit.questions;

import java.util.List;
import java.util.Objects;
import org.artofthepossible.toolkit.questions.QuestionStore.Mail;

/**
 * The email a question causes: one to each moderator when it arrives, and one to its asker, when
 * they left an address, when it is published. Messages go into the store's outbox in the same
 * transaction as the change, and an {@link Outbox} sends them.
 */
public final class Notices {
    private static final Notices NONE = new Notices(List.of(), "");

    private final List<String> moderators;
    private final String siteUrl;

    private Notices(List<String> moderators, String siteUrl) {
        this.moderators = List.copyOf(moderators);
        this.siteUrl = siteUrl;
    }

    /**
     * Returns notices that send nothing: email is off.
     *
     * @return no notices
     */
    public static Notices none() {
        return NONE;
    }

    /**
     * Returns notices to the given moderators, with links to a site.
     *
     * @param moderators the moderators' email addresses
     * @param siteUrl the site's address, such as {@code https://toolkit.example.org}, for the links
     *     in the messages; empty for none
     * @return the notices
     */
    public static Notices to(List<String> moderators, String siteUrl) {
        Objects.requireNonNull(siteUrl, "siteUrl");
        return new Notices(moderators, siteUrl.replaceAll("/+$", ""));
    }

    /**
     * Returns whether any message is ever sent.
     *
     * @return false for {@link #none()}
     */
    public boolean enabled() {
        return this != NONE;
    }

    /**
     * The messages to moderators about a new question.
     *
     * @param reference its reference
     * @param text the question
     * @return one message per moderator
     */
    List<Mail> received(String reference, String text) {
        String body =
                "A visitor asked a new question, "
                        + reference
                        + ":\n\n"
                        + text
                        + "\n\nAnswer it with:\n  toolkit questions answer "
                        + reference
                        + " --by \"Name, role\" --file answer.md\n";
        return moderators.stream()
                .map(to -> Mail.of(to, "New question " + reference, body))
                .toList();
    }

    /**
     * The message to the asker about their published question.
     *
     * @param question the question, with its asker's address
     * @param faqId the id of the FAQ item it became
     * @return one message, or none when the asker left no address or email is off
     */
    List<Mail> published(Question question, String faqId) {
        if (!enabled() || question.asker().email().isEmpty()) {
            return List.of();
        }
        String link = siteUrl.isEmpty() ? "" : "\n\n" + siteUrl + "/faqs/" + faqId + "/";
        String body =
                "Your question "
                        + question.reference()
                        + " has been answered and published:\n\n"
                        + question.text()
                        + link
                        + "\n\nYour name and email address have now been deleted.\n";
        return List.of(
                Mail.of(
                        question.asker().email().get(),
                        "Your question " + question.reference() + " has been answered",
                        body));
    }
}
