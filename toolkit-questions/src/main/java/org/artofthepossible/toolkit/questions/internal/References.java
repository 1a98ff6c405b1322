package org.artofthepossible.toolkit.questions.internal;

import java.util.random.RandomGenerator;

/**
 * Question references, such as {@code Q-7KD3}: short enough to read out on the phone, from an
 * alphabet without the characters people confuse (0 and O, 1, I and L, U and V).
 */
public final class References {
    /** The characters of a reference after {@code Q-}. */
    public static final String ALPHABET = "23456789ABCDEFGHJKMNPQRSTWXYZ";

    private References() {}

    /**
     * Draws a reference.
     *
     * @param random the source of randomness, a {@link java.security.SecureRandom} so references
     *     cannot be guessed from one another
     * @param length how many characters follow {@code Q-}
     * @return the reference
     */
    public static String random(RandomGenerator random, int length) {
        var reference = new StringBuilder("Q-");
        for (int i = 0; i < length; i++) {
            reference.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return reference.toString();
    }
}
