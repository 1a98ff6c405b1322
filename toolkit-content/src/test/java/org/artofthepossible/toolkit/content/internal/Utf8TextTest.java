package org.artofthepossible.toolkit.content.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Decoding agrees with a strict UTF-8 decoder on every input: the same text for valid bytes (less a
 * leading byte-order mark), and a failure for every invalid one, whether or not the text also holds
 * U+FFFD, which the fast path reads as a sign of bad bytes.
 */
class Utf8TextTest {
    /**
     * Pieces of input: ASCII, line breaks, two- to four-byte characters, U+FFFD, the BOM, and bad
     * bytes.
     */
    private static final byte[][] PIECES = {
        "a".getBytes(StandardCharsets.UTF_8),
        "\n".getBytes(StandardCharsets.UTF_8),
        "é".getBytes(StandardCharsets.UTF_8),
        "’".getBytes(StandardCharsets.UTF_8),
        "😀".getBytes(StandardCharsets.UTF_8),
        "\uFFFD".getBytes(StandardCharsets.UTF_8),
        "\uFEFF".getBytes(StandardCharsets.UTF_8),
        {(byte) 0x80}, // a continuation byte alone
        {(byte) 0xC3}, // a lead byte without its continuation
        {(byte) 0xC0, (byte) 0xAF}, // an overlong slash
        {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // a surrogate
        {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // above U+10FFFF
        {(byte) 0xFF}
    };

    @Test
    void agreesWithAStrictDecoder() {
        var random = new Random(7L);
        for (int i = 0; i < 50_000; i++) {
            var bytes = new ByteArrayOutputStream();
            int pieces = random.nextInt(12);
            for (int j = 0; j < pieces; j++) {
                // Bad bytes rarely, so that most inputs are valid and some hold U+FFFD.
                int k = random.nextInt(random.nextInt(4) == 0 ? PIECES.length : 7);
                bytes.writeBytes(PIECES[k]);
            }
            byte[] input = bytes.toByteArray();
            String expected = strict(input);
            if (expected == null) {
                assertThatThrownBy(() -> Utf8Text.decode(input))
                        .isInstanceOf(Utf8Text.Malformed.class);
            } else {
                String text = expected.startsWith("\uFEFF") ? expected.substring(1) : expected;
                assertThat(decode(input)).isEqualTo(text);
            }
        }
    }

    @Test
    void saysWhereTheFirstBadByteIs() {
        byte[] input = {'a', '\n', 'b', 'c', (byte) 0xFF, 'd'};
        assertThatThrownBy(() -> Utf8Text.decode(input))
                .isInstanceOf(Utf8Text.Malformed.class)
                .hasMessage("invalid UTF-8 at line 2, column 3");
    }

    private static String decode(byte[] input) {
        try {
            return Utf8Text.decode(input);
        } catch (Utf8Text.Malformed e) {
            throw new AssertionError(e);
        }
    }

    /** The text, or null for bytes a reporting decoder refuses. */
    private static String strict(byte[] input) {
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(input))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
