package org.artofthepossible.toolkit.questions;

import java.util.Objects;
import java.util.Optional;

/**
 * Where an {@link Outbox} sends mail: an SMTP server, and the sender's address.
 *
 * @param host the SMTP server's host
 * @param port its port, for example 587
 * @param user the user to log in as, if the server asks
 * @param password the user's password
 * @param startTls whether to require STARTTLS before logging in
 * @param from the address messages come from
 */
public record MailSettings(
        String host,
        int port,
        Optional<String> user,
        Optional<String> password,
        boolean startTls,
        String from) {

    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException when the port is not one
     */
    public MailSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(user, "user");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(from, "from");
        if (port < 1 || port > 65_535) {
            throw new IllegalArgumentException("an SMTP port is 1 to 65535, not " + port);
        }
    }

    /**
     * Returns settings for a server that needs no login and no TLS, such as a relay on the same
     * host or a test server.
     *
     * @param host the host
     * @param port the port
     * @param from the sender's address
     * @return the settings
     */
    public static MailSettings plain(String host, int port, String from) {
        return new MailSettings(host, port, Optional.empty(), Optional.empty(), false, from);
    }

    @Override
    public String toString() {
        // Never the password: settings get printed.
        return "smtp://" + user.map(u -> u + "@").orElse("") + host + ":" + port;
    }
}
