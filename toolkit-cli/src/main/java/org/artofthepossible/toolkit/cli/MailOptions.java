package org.artofthepossible.toolkit.cli;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.questions.MailSettings;
import org.artofthepossible.toolkit.questions.Notices;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ScopeType;

/**
 * The email questions cause, off unless {@code --smtp} is given: moderators told of each new
 * question, askers who left an address told when theirs is published. The SMTP password comes from
 * the environment.
 */
final class MailOptions {
    /** The environment variable holding the SMTP user's password. */
    static final String PASSWORD_VARIABLE = "TOOLKIT_SMTP_PASSWORD";

    @Option(
            scope = ScopeType.INHERIT,
            names = "--smtp",
            paramLabel = "HOST:PORT",
            description = "The SMTP server to send mail through; without it, no mail is sent.")
    Optional<String> smtp = Optional.empty();

    @Option(
            scope = ScopeType.INHERIT,
            names = "--smtp-user",
            paramLabel = "USER",
            description =
                    "The SMTP user, if the server asks for a login; password in "
                            + PASSWORD_VARIABLE
                            + ".")
    Optional<String> user = Optional.empty();

    @Option(names = "--smtp-starttls", description = "Require STARTTLS before logging in.")
    boolean startTls;

    @Option(
            scope = ScopeType.INHERIT,
            names = "--mail-from",
            paramLabel = "ADDRESS",
            description = "The address mail comes from; required with --smtp.")
    Optional<String> from = Optional.empty();

    @Option(
            scope = ScopeType.INHERIT,
            names = "--moderator",
            paramLabel = "ADDRESS",
            description = "A moderator to tell of each new question; repeat for several.")
    List<String> moderators = List.of();

    @Option(
            scope = ScopeType.INHERIT,
            names = "--site-url",
            paramLabel = "URL",
            description = "The site's public address, for the links in mail.")
    Optional<String> siteUrl = Optional.empty();

    /** The SMTP server, or empty when mail is off. */
    Optional<MailSettings> settings(CommandSpec spec) {
        if (smtp.isEmpty()) {
            return Optional.empty();
        }
        String[] hostPort = smtp.get().split(":", 2);
        if (hostPort.length != 2 || !hostPort[1].matches("[0-9]{1,5}") || hostPort[0].isBlank()) {
            throw new ParameterException(
                    spec.commandLine(), "--smtp takes HOST:PORT, such as smtp.example.org:587");
        }
        if (from.isEmpty()) {
            throw new ParameterException(
                    spec.commandLine(), "--smtp needs --mail-from, the address mail comes from");
        }
        try {
            return Optional.of(
                    new MailSettings(
                            hostPort[0],
                            Integer.parseInt(hostPort[1]),
                            user,
                            user.map(
                                    u ->
                                            Objects.requireNonNullElse(
                                                    System.getenv(PASSWORD_VARIABLE), "")),
                            startTls,
                            from.get()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "--smtp: " + e.getMessage());
        }
    }

    /** The notices changes cause: none when mail is off. */
    Notices notices(CommandSpec spec) {
        return settings(spec).isPresent()
                ? Notices.to(moderators, siteUrl.orElse(""))
                : Notices.none();
    }
}
