package org.artofthepossible.toolkit.search.internal;

import java.io.IOException;
import java.util.ArrayDeque;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Welsh changes the first sound of a word after certain words ("caffael", procurement, becomes "ei
 * gaffael", "fy nghaffael", "ei chaffael"), so a search must find a word in any of its forms. This
 * filter keeps each lower-cased token and adds, at the same position, every radical form its
 * initial could be the mutation of: soft (c→g, p→b, t→d, g→–, b→f, d→dd, ll→l, m→f, rh→r), nasal
 * (c→ngh, p→mh, t→nh, g→ng, b→m, d→n), aspirate (c→ch, p→ph, t→th) and the h an aspirate mutation
 * puts before a vowel. Indexed and searched alike, "gaffael" and "caffael" then share the token
 * "caffael". A word whose initial only looks mutated gains a form no text holds, which costs
 * nothing.
 *
 * <p>The rules are the standard tables of Welsh grammar; longer initials are tried first, so "ngh"
 * is read as a nasal mutation, not as "n" followed by "gh".
 */
final class WelshMutationFilter extends TokenFilter {
    /** Mutated initial → the radical initials it may come from, longest mutated initial first. */
    private static final List<Map.Entry<String, List<String>>> RADICALS =
            List.of(
                    Map.entry("ngh", List.of("c")),
                    Map.entry("mh", List.of("p")),
                    Map.entry("nh", List.of("t")),
                    Map.entry("ng", List.of("g")),
                    Map.entry("ch", List.of("c")),
                    Map.entry("ph", List.of("p")),
                    Map.entry("th", List.of("t")),
                    Map.entry("dd", List.of("d")),
                    Map.entry("g", List.of("c")),
                    Map.entry("b", List.of("p")),
                    Map.entry("d", List.of("t")),
                    Map.entry("f", List.of("b", "m")),
                    Map.entry("l", List.of("ll")),
                    Map.entry("r", List.of("rh")),
                    Map.entry("m", List.of("b")),
                    Map.entry("n", List.of("d")));

    private static final String VOWELS = "aeiouwyâêîôûŵŷ";

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute position =
            addAttribute(PositionIncrementAttribute.class);
    private final ArrayDeque<String> pending = new ArrayDeque<>();

    WelshMutationFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!pending.isEmpty()) {
            // The other forms share the word's offsets, so a highlight marks the word itself.
            term.setEmpty().append(pending.poll());
            position.setPositionIncrement(0);
            return true;
        }
        if (!input.incrementToken()) {
            return false;
        }
        radicals(term.toString());
        return true;
    }

    private void radicals(String word) {
        if (word.length() < 3) {
            return;
        }
        for (Map.Entry<String, List<String>> rule : RADICALS) {
            if (word.startsWith(rule.getKey()) && word.length() > rule.getKey().length() + 1) {
                String rest = word.substring(rule.getKey().length());
                rule.getValue().forEach(radical -> pending.add(radical + rest));
                break;
            }
        }
        char first = word.charAt(0);
        if (VOWELS.indexOf(first) >= 0) {
            // A lost g (soft mutation of g: "gwaith" → "ei waith").
            pending.add("g" + word);
        } else if (first == 'h' && VOWELS.indexOf(word.charAt(1)) >= 0) {
            // An added h before a vowel ("ei hardal" for "ardal").
            pending.add(word.substring(1));
        }
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        pending.clear();
    }
}
