package org.artofthepossible.toolkit.internal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Defensive copies whose iteration order is fixed by their content.
 *
 * <p>{@link Map#copyOf} iterates in an order that changes from one JVM run to the next; model
 * values need a fixed order so that their string form, and so the content version, is the same for
 * the same content.
 */
public final class Immutables {
    private Immutables() {}

    /**
     * Copies a locale-keyed map, ordered by language tag.
     *
     * @param map the map to copy; no null keys or values
     * @param <V> the value type
     * @return an unmodifiable, ordered copy
     */
    public static <V> Map<Locale, V> byLanguageTag(Map<Locale, V> map) {
        return sortedCopy(map, Comparator.comparing(Locale::toLanguageTag));
    }

    /**
     * Copies a map, ordered by the given key order.
     *
     * @param map the map to copy; no null keys or values
     * @param order the key order
     * @param <K> the key type
     * @param <V> the value type
     * @return an unmodifiable, ordered copy
     */
    public static <K, V> Map<K, V> sortedCopy(Map<K, V> map, Comparator<? super K> order) {
        if (map.isEmpty()) {
            return Collections.emptyMap(); // most of an item's maps: its records copy theirs here
        }
        var keys = new ArrayList<K>(map.keySet());
        keys.forEach(Objects::requireNonNull);
        keys.sort(order);
        Map<K, V> copy = new LinkedHashMap<>(2 * keys.size());
        for (K key : keys) {
            copy.put(key, Objects.requireNonNull(map.get(key), () -> "value for " + key));
        }
        return Collections.unmodifiableMap(copy);
    }
}
