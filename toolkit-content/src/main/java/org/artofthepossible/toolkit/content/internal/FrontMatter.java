package org.artofthepossible.toolkit.content.internal;

import java.util.Optional;

/**
 * Splits a Markdown file into its YAML front matter, fenced by lines of three hyphens, and its
 * body.
 *
 * @param yaml the front matter, without the fences
 * @param firstYamlLine the file line the front matter starts on, so YAML line numbers can be told
 *     as file line numbers
 * @param body the Markdown after the closing fence
 */
record FrontMatter(String yaml, int firstYamlLine, String body) {
    private static final String FENCE = "---";

    /**
     * Splits the text.
     *
     * @param text the whole file
     * @return the parts, or empty when the file does not open with a fence or never closes it (the
     *     caller tells which from the first line)
     */
    static Optional<FrontMatter> split(String text) {
        int afterOpening = text.indexOf('\n') + 1;
        if (afterOpening == 0 || !isFence(text, 0, afterOpening)) {
            return Optional.empty();
        }
        int start = afterOpening;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (isFence(text, start, end < 0 ? text.length() : end)) {
                String body = end < 0 ? "" : text.substring(end + 1);
                return Optional.of(new FrontMatter(text.substring(afterOpening, start), 2, body));
            }
            if (end < 0) {
                break;
            }
            start = end + 1;
        }
        return Optional.empty();
    }

    /**
     * Tells the file line the body starts on, below the closing fence.
     *
     * @return the line, from 1
     */
    int firstBodyLine() {
        int lines = 0;
        for (int at = yaml.indexOf('\n'); at >= 0; at = yaml.indexOf('\n', at + 1)) {
            lines++;
        }
        return firstYamlLine + lines + 1;
    }

    static boolean opensWithFence(String text) {
        int end = text.indexOf('\n');
        return isFence(text, 0, end < 0 ? text.length() : end);
    }

    /**
     * Whether a line of the text, from {@code start} to {@code end}, is a fence: three hyphens with
     * nothing but white space around them. Read in place: a line cut out of the text for each line
     * of front matter was most of what splitting a file allocated.
     */
    private static boolean isFence(String text, int start, int end) {
        int from = start;
        int to = end;
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to - from == FENCE.length() && text.startsWith(FENCE, from);
    }
}
