package org.artofthepossible.toolkit.render.html.internal;

import java.nio.CharBuffer;
import java.nio.charset.CoderResult;
import org.owasp.encoder.Encoder;
import org.owasp.encoder.Encoders;

/**
 * Appends text to a page through the OWASP encoders that {@code Encode.forHtml} and {@code
 * Encode.forHtmlAttribute} use, with the same result, through one pair of buffers kept for the
 * page: {@code Encode} allocates a new pair, about 6 kB, for every string it changes. Text of
 * printable ASCII without markup characters, which the encoders leave as it is, is appended
 * directly. Not thread-safe: one per page being written.
 */
final class Escaper {
    private static final Encoder TEXT = Encoders.forName(Encoders.HTML);
    private static final Encoder ATTRIBUTE = Encoders.forName(Encoders.HTML_ATTRIBUTE);

    /**
     * The markup characters {@code & < > " '}, as bits by code: all below 64, so one shift of a
     * {@code long} tests a character, without a load from memory.
     */
    private static final long MARKUP = 1L << '&' | 1L << '<' | 1L << '>' | 1L << '"' | 1L << '\'';

    private final StringBuilder out;
    private CharBuffer input = CharBuffer.allocate(512);
    private final CharBuffer output = CharBuffer.allocate(2048);

    Escaper(StringBuilder out) {
        this.out = out;
    }

    /** Appends text as element content. */
    void text(String text) {
        append(TEXT, text);
    }

    /** Appends text as a quoted attribute's value. */
    void attribute(String value) {
        append(ATTRIBUTE, value);
    }

    private void append(Encoder encoder, String text) {
        String value = text == null ? "null" : text; // as Encode writes it
        if (isPrintableAsciiWithoutMarkup(value)) {
            out.append(value); // what both encoders leave as it is: class names, ids, most URLs
            return;
        }
        int length = value.length();
        if (length > input.capacity()) {
            input = CharBuffer.allocate(Math.max(length, 2 * input.capacity()));
        }
        value.getChars(0, length, input.array(), 0);
        input.clear().limit(length);
        CoderResult result;
        do {
            output.clear();
            result = encoder.encode(input, output, true);
            out.append(output.array(), 0, output.position());
        } while (result.isOverflow());
    }

    /**
     * Whether every character is printable ASCII other than {@code & < > " '}, which both encoders
     * pass through unchanged. Anything else, even what they would keep, goes through them.
     */
    private static boolean isPrintableAsciiWithoutMarkup(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c > '>') { // letters and the rest of printable ASCII, or beyond it
                if (c > '~') {
                    return false;
                }
            } else if (c < ' ' || (MARKUP >>> c & 1) != 0) {
                return false;
            }
        }
        return true;
    }
}
