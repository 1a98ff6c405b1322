package org.artofthepossible.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.Terms;
import org.junit.jupiter.api.Test;

/**
 * Each way of matching agrees with its definition in sets, for every filter and every item over two
 * vocabularies of three terms.
 */
class TermFilterTest {
    private static final List<TermRef> UNIVERSE =
            List.of(
                    TermRef.of("theme", "health"),
                    TermRef.of("theme", "housing"),
                    TermRef.of("theme", "transport"),
                    TermRef.of("region", "london"),
                    TermRef.of("region", "wales"),
                    TermRef.of("region", "north-west"));

    @Test
    void everyMatchAgreesWithItsDefinition() {
        int cases = 0;
        for (int f = 0; f < 1 << UNIVERSE.size(); f++) {
            List<TermRef> filterTerms = subset(f);
            for (int i = 0; i < 1 << UNIVERSE.size(); i++) {
                Set<TermRef> item = Set.copyOf(subset(i));
                Terms terms = Terms.of(item);
                for (TermFilter.Match match : TermFilter.Match.values()) {
                    boolean expected =
                            filterTerms.isEmpty()
                                    || switch (match) {
                                        case ANY -> filterTerms.stream().anyMatch(item::contains);
                                        case ALL -> item.containsAll(filterTerms);
                                        case ANY_IN_EACH_VOCABULARY ->
                                                filterTerms.stream()
                                                        .collect(
                                                                Collectors.groupingBy(
                                                                        TermRef::vocabulary))
                                                        .values()
                                                        .stream()
                                                        .allMatch(
                                                                group ->
                                                                        group.stream()
                                                                                .anyMatch(
                                                                                        item
                                                                                                ::contains));
                                    };
                    assertThat(new TermFilter(match, filterTerms).test(terms))
                            .as("%s of %s on %s", match, filterTerms, item)
                            .isEqualTo(expected);
                    cases++;
                }
            }
        }
        assertThat(cases).isEqualTo(64 * 64 * 3);
    }

    private static List<TermRef> subset(int bits) {
        var terms = new ArrayList<TermRef>();
        for (int b = 0; b < UNIVERSE.size(); b++) {
            if ((bits & 1 << b) != 0) {
                terms.add(UNIVERSE.get(b));
            }
        }
        return terms;
    }
}
