package org.artofthepossible.toolkit.search.internal;

import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.artofthepossible.toolkit.SearchResults;

/**
 * Turns the highlighter's best passage into plain-text {@link SearchResults.Fragment}s, the matched
 * words marked, so that each renderer escapes and marks them its own way: no markup is made here.
 */
final class SnippetFormatter extends PassageFormatter {
    /** Where a passage is cut, and marked as cut, when the sentence it is in is long. */
    static final int MAX_CHARS = 240;

    @Override
    public Object format(Passage[] passages, String content) {
        var fragments = new ArrayList<SearchResults.Fragment>();
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            int end = Math.min(passage.getEndOffset(), start + MAX_CHARS);
            int at = start;
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(passage.getMatchStarts()[i], at);
                int matchEnd = Math.min(passage.getMatchEnds()[i], end);
                if (matchStart >= end) {
                    break;
                }
                if (matchEnd <= matchStart) {
                    continue;
                }
                add(fragments, content.substring(at, matchStart), false);
                add(fragments, content.substring(matchStart, matchEnd), true);
                at = matchEnd;
            }
            add(
                    fragments,
                    content.substring(at, end) + (end < passage.getEndOffset() ? "…" : ""),
                    false);
        }
        return trim(fragments);
    }

    private static void add(List<SearchResults.Fragment> fragments, String text, boolean match) {
        if (!text.isEmpty()) {
            fragments.add(new SearchResults.Fragment(text, match));
        }
    }

    /** Without the whitespace the passage's sentence began or ended with. */
    private static List<SearchResults.Fragment> trim(List<SearchResults.Fragment> fragments) {
        if (fragments.isEmpty()) {
            return fragments;
        }
        SearchResults.Fragment first = fragments.get(0);
        fragments.set(0, new SearchResults.Fragment(first.text().stripLeading(), first.match()));
        int last = fragments.size() - 1;
        SearchResults.Fragment end = fragments.get(last);
        fragments.set(last, new SearchResults.Fragment(end.text().stripTrailing(), end.match()));
        fragments.removeIf(f -> f.text().isEmpty());
        return List.copyOf(fragments);
    }
}
