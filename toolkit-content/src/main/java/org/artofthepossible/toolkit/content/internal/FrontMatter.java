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
        if (afterOpening == 0 || !isFence(text.substring(0, afterOpening))) {
            return Optional.empty();
        }
        int start = afterOpening;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            String line = text.substring(start, end < 0 ? text.length() : end);
            if (isFence(line)) {
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
        return firstYamlLine + (int) yaml.chars().filter(c -> c == '\n').count() + 1;
    }

    static boolean opensWithFence(String text) {
        return isFence(firstLine(text, 0));
    }

    private static String firstLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return text.substring(from, end < 0 ? text.length() : end);
    }

    private static boolean isFence(String line) {
        return line.strip().equals(FENCE);
    }
}
