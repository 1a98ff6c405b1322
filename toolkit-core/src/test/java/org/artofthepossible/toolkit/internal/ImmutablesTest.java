package org.artofthepossible.toolkit.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ImmutablesTest {

    @Test
    void copiesAMapInTheKeyOrderGivenUnmodifiable() {
        var map = new HashMap<String, Integer>();
        map.put("b", 2);
        map.put("c", 3);
        map.put("a", 1);

        var copy = Immutables.sortedCopy(map, Comparator.reverseOrder());
        map.put("d", 4);

        assertThat(copy).containsExactly(Map.entry("c", 3), Map.entry("b", 2), Map.entry("a", 1));
        assertThatThrownBy(() -> copy.put("e", 5))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void copiesAnEmptyMapAsAnEmptyOneThatAnswersForNullKeys() {
        var copy = Immutables.sortedCopy(new HashMap<String, Integer>(), Comparator.naturalOrder());

        assertThat(copy).isEmpty();
        assertThat(copy.get(null)).isNull();
        assertThat(copy.containsKey(null)).isFalse();
        assertThatThrownBy(() -> copy.put("a", 1))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void refusesNullKeysAndValues() {
        var nullKey = new HashMap<String, Integer>();
        nullKey.put(null, 1);
        var nullValue = new HashMap<String, Integer>();
        nullValue.put("a", null);

        assertThatThrownBy(() -> Immutables.sortedCopy(nullKey, Comparator.naturalOrder()))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> Immutables.sortedCopy(nullValue, Comparator.naturalOrder()))
                .isInstanceOf(NullPointerException.class)
                .hasMessageContaining("value for a");
    }
}
