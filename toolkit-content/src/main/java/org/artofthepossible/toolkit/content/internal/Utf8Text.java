package org.artofthepossible.toolkit.content.internal;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Strict UTF-8 decoding that says where the first bad byte is; a leading byte-order mark is
 * dropped.
 */
final class Utf8Text {
    private Utf8Text() {}

    /** The bytes are not UTF-8; line and column are 1-based, counted in characters. */
    static final class Malformed extends Exception {
        private static final long serialVersionUID = 1L;
        final int line;
        final int column;

        Malformed(int line, int column) {
            super("invalid UTF-8 at line " + line + ", column " + column);
            this.line = line;
            this.column = column;
        }
    }

    static String decode(byte[] bytes) throws Malformed {
        // The String constructor decodes in one pass into the string's own array, replacing each
        // malformed sequence with U+FFFD; text without U+FFFD was therefore valid. Text with one,
        // written in the file or put there by the constructor, is decoded again strictly to tell.
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.indexOf('\uFFFD') < 0) {
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        }
        return decodeStrictly(bytes);
    }

    private static String decodeStrictly(byte[] bytes) throws Malformed {
        CharsetDecoder decoder =
                StandardCharsets.UTF_8
                        .newDecoder()
                        .onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            out.flip();
            String before = out.toString();
            int line = 1;
            int lineStart = 0;
            for (int i = 0; i < before.length(); i++) {
                if (before.charAt(i) == '\n') {
                    line++;
                    lineStart = i + 1;
                }
            }
            throw new Malformed(line, before.length() - lineStart + 1);
        }
        decoder.flush(out);
        out.flip();
        String text = out.toString();
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }
}
