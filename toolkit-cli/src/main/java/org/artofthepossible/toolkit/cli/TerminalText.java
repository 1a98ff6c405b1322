package org.artofthepossible.toolkit.cli;

import org.artofthepossible.toolkit.validation.ControlCharacter;

/**
 * Text from content made safe to print on a terminal: control characters (an escape sequence can
 * move the cursor, clear the screen or set the window title) and the invisible characters that
 * reorder text are written as {@code \}{@code uXXXX}, so a file name or a URL in a diagnostic shows
 * what it holds instead of acting on the author's terminal. Public for the build tools that drive
 * the command line and print diagnostics of their own (the Maven plugin).
 */
public final class TerminalText {
    private TerminalText() {}

    /**
     * Returns the text of a value with its unsafe characters escaped.
     *
     * @param value a value, printed by {@code String.valueOf}
     * @return the text, safe to print
     */
    public static String safe(Object value) {
        String text = String.valueOf(value);
        StringBuilder safe = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (isUnsafe(c)) {
                if (safe == null) {
                    safe = new StringBuilder(text.length() + 16).append(text, 0, i);
                }
                safe.append(String.format("\\u%04x", (int) c));
            } else if (safe != null) {
                safe.append(c);
            }
        }
        return safe == null ? text : safe.toString();
    }

    private static boolean isUnsafe(char c) {
        return ControlCharacter.isForbidden(c)
                || c == '\n'
                || c == '\r'
                || (c >= '\u202a' && c <= '\u202e') // bidirectional embeddings and overrides
                || (c >= '\u2066' && c <= '\u2069') // bidirectional isolates
                || c == '\u2028'
                || c == '\u2029';
    }
}
