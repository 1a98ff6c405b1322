package org.artofthepossible.toolkit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts take each language's plural forms, as CLDR gives them, for the numbers 0 to 11 and 20:
 * Welsh distinguishes zero, one, two, few (3), many (6) and other.
 */
class PluralLabelsTest {
    private static final List<Integer> NUMBERS = List.of(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 20);

    private static Map<Integer, String> counts(String language, String key, Object... more) {
        Labels labels = Labels.of(Locale.forLanguageTag(language));
        var shown = new LinkedHashMap<Integer, String>();
        for (int n : NUMBERS) {
            Object[] arguments = new Object[1 + more.length];
            arguments[0] = n;
            System.arraycopy(more, 0, arguments, 1, more.length);
            shown.put(n, labels.format(key, arguments));
        }
        return shown;
    }

    @Test
    void yearsInEnglishAndWelsh() {
        assertThat(counts("en", "termYears").values())
                .containsExactly(
                        "0 years",
                        "1 year",
                        "2 years",
                        "3 years",
                        "4 years",
                        "5 years",
                        "6 years",
                        "7 years",
                        "8 years",
                        "9 years",
                        "10 years",
                        "11 years",
                        "20 years");
        assertThat(counts("cy", "termYears").values())
                .containsExactly(
                        "0 mlynedd",
                        "1 flwyddyn",
                        "2 flynedd",
                        "3 blynedd",
                        "4 blynedd",
                        "5 mlynedd",
                        "6 blynedd",
                        "7 mlynedd",
                        "8 mlynedd",
                        "9 mlynedd",
                        "10 mlynedd",
                        "11 mlynedd",
                        "20 mlynedd");
    }

    @Test
    void minutesInEnglishAndWelsh() {
        assertThat(counts("en", "duration"))
                .containsEntry(0, "0 minutes")
                .containsEntry(1, "1 minute")
                .containsEntry(2, "2 minutes")
                .containsEntry(20, "20 minutes");
        assertThat(counts("cy", "duration").values())
                .containsExactly(
                        "0 munud",
                        "1 funud",
                        "2 funud",
                        "3 munud",
                        "4 munud",
                        "5 munud",
                        "6 munud",
                        "7 munud",
                        "8 munud",
                        "9 munud",
                        "10 munud",
                        "11 munud",
                        "20 munud");
    }

    @Test
    void itemsAndSearchResultsInEnglishAndWelsh() {
        assertThat(counts("en", "count"))
                .containsEntry(0, "No items")
                .containsEntry(1, "1 item")
                .containsEntry(2, "2 items")
                .containsEntry(11, "11 items");
        assertThat(counts("cy", "count"))
                .containsEntry(0, "Dim eitemau")
                .containsEntry(1, "1 eitem")
                .containsEntry(3, "3 eitem")
                .containsEntry(20, "20 eitem");
        assertThat(counts("en", "search.count", "alliance"))
                .containsEntry(0, "No results for “alliance”")
                .containsEntry(1, "1 result for “alliance”")
                .containsEntry(5, "5 results for “alliance”");
        assertThat(counts("cy", "search.count", "cynghrair").values())
                .containsExactly(
                        "Dim canlyniadau am “cynghrair”",
                        "1 canlyniad am “cynghrair”",
                        "2 ganlyniad am “cynghrair”",
                        "3 chanlyniad am “cynghrair”",
                        "4 canlyniad am “cynghrair”",
                        "5 canlyniad am “cynghrair”",
                        "6 chanlyniad am “cynghrair”",
                        "7 canlyniad am “cynghrair”",
                        "8 canlyniad am “cynghrair”",
                        "9 canlyniad am “cynghrair”",
                        "10 canlyniad am “cynghrair”",
                        "11 canlyniad am “cynghrair”",
                        "20 canlyniad am “cynghrair”");
    }

    @Test
    void aLargeCountIsGroupedAsTheLanguageGroupsNumbers() {
        assertThat(Labels.of(Locale.ENGLISH).format("count", 12_345)).isEqualTo("12,345 items");
    }
}
