package org.artofthepossible.toolkit;

import java.util.ArrayList;
import java.util.List;

/** Every string over a small alphabet, for tests that check a hand-written scanner exhaustively. */
public final class ShortStrings {
    private ShortStrings() {}

    /**
     * Returns every string of at most {@code maxLength} characters from {@code alphabet}, the empty
     * string first, shorter before longer.
     *
     * @param alphabet the characters
     * @param maxLength the longest length
     * @return the strings
     */
    public static List<String> upTo(char[] alphabet, int maxLength) {
        List<String> strings = new ArrayList<>(List.of(""));
        List<String> previous = strings;
        for (int length = 1; length <= maxLength; length++) {
            List<String> longer = new ArrayList<>();
            for (String prefix : previous) {
                for (char c : alphabet) {
                    longer.add(prefix + c);
                }
            }
            strings.addAll(longer);
            previous = longer;
        }
        return strings;
    }
}
