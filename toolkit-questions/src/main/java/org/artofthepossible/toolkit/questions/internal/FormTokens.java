package org.artofthepossible.toolkit.questions.internal;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Signed form tokens: {@code NONCE.ISSUED.SIGNATURE}, where the signature is an HMAC-SHA256 of the
 * nonce and the time the form was shown, under a key every server of a store shares. A token proves
 * the form came from one of the site's pages (so another site cannot post it: the anti-forgery
 * check) and when it was shown (so the intake can tell a bot that sends it at once); its nonce
 * makes each form's question kept once.
 */
public final class FormTokens {
    private static final String ALGORITHM = "HmacSHA256";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();

    private final SecretKeySpec key;
    private final SecureRandom random = new SecureRandom();

    /**
     * Creates tokens signed with a key.
     *
     * @param key at least 32 bytes
     */
    public FormTokens(byte[] key) {
        if (key.length < 32) {
            throw new IllegalArgumentException("a form token key needs at least 32 bytes");
        }
        this.key = new SecretKeySpec(key.clone(), ALGORITHM);
    }

    /** A token that checked out: its nonce and when its form was shown. */
    public record Verified(String nonce, Instant issued) {}

    /**
     * Issues a token for a form shown now.
     *
     * @param now the time
     * @return the token
     */
    public String issue(Instant now) {
        byte[] nonce = new byte[16];
        random.nextBytes(nonce);
        String payload = ENCODER.encodeToString(nonce) + "." + now.toEpochMilli();
        return payload + "." + sign(payload);
    }

    /**
     * Checks a token.
     *
     * @param token what the form sent back
     * @param now the time
     * @param maxAge how long a form stays valid
     * @return the nonce and issue time, or empty for a token that is malformed, forged, from the
     *     future or too old
     */
    public Optional<Verified> verify(String token, Instant now, Duration maxAge) {
        String[] parts = token.split("\\.", -1);
        if (parts.length != 3 || !parts[0].matches("[A-Za-z0-9_-]{22}")) {
            return Optional.empty();
        }
        if (!parts[1].matches("[0-9]{1,15}")) {
            return Optional.empty();
        }
        String payload = parts[0] + "." + parts[1];
        byte[] expected = sign(payload).getBytes(StandardCharsets.US_ASCII);
        if (!MessageDigest.isEqual(expected, parts[2].getBytes(StandardCharsets.US_ASCII))) {
            return Optional.empty();
        }
        Instant issued = Instant.ofEpochMilli(Long.parseLong(parts[1]));
        // A little clock skew between servers sharing a store is allowed.
        if (issued.isAfter(now.plusSeconds(60)) || issued.plus(maxAge).isBefore(now)) {
            return Optional.empty();
        }
        return Optional.of(new Verified(parts[0], issued));
    }

    private String sign(String payload) {
        try {
            Mac mac = Mac.getInstance(ALGORITHM);
            mac.init(key);
            return ENCODER.encodeToString(mac.doFinal(payload.getBytes(StandardCharsets.US_ASCII)));
        } catch (GeneralSecurityException e) {
            // Every Java platform has HmacSHA256.
            throw new IllegalStateException(e);
        }
    }
}
