package org.artofthepossible.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.RecordComponent;
import java.net.URI;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.junit.jupiter.api.Test;

/**
 * The render cache's key and {@link RenderOptions} write {@code equals} and {@code hashCode} out
 * for speed; a component added later and forgotten there would make two different renders share a
 * cache entry. Each component, changed alone, must make the keys unequal.
 */
class CacheKeyEqualityTest {
    /** Two different values of each component type. */
    private static final Map<Class<?>, Supplier<Object[]>> VALUES =
            Map.of(
                    String.class, () -> new Object[] {"a", "b"},
                    Locale.class, () -> new Object[] {Locale.ENGLISH, Locale.forLanguageTag("cy")},
                    RenderOptions.Mode.class,
                            () ->
                                    new Object[] {
                                        RenderOptions.Mode.FRAGMENT, RenderOptions.Mode.DOCUMENT
                                    },
                    LinkResolver.class,
                            () -> new Object[] {LinkResolver.CLEAN_URLS, new OtherLinks()},
                    Optional.class,
                            () ->
                                    new Object[] {
                                        Optional.empty(),
                                        Optional.of(URI.create("https://example.org/"))
                                    },
                    View.class, () -> new Object[] {View.home(), View.list(ItemType.FAQ)},
                    Map.class,
                            () ->
                                    new Object[] {
                                        Map.of(),
                                        Map.of(
                                                Locale.FRENCH,
                                                new RenderOptions.Translation(
                                                        LinkResolver.CLEAN_URLS, Optional.empty()))
                                    },
                    RenderOptions.class,
                            () ->
                                    new Object[] {
                                        RenderOptions.defaults(),
                                        RenderOptions.defaults().withTheme("govuk")
                                    });

    @Test
    void everyComponentOfRenderOptionsTakesPartInEquality() throws Exception {
        assertEveryComponentCounts(RenderOptions.class);
    }

    @Test
    void everyComponentOfTheRenderCacheKeyTakesPartInEquality() throws Exception {
        Class<?> key =
                Arrays.stream(ToolkitEngine.class.getDeclaredClasses())
                        .filter(c -> c.getSimpleName().equals("RenderKey"))
                        .findFirst()
                        .orElseThrow();
        assertEveryComponentCounts(key);
    }

    private static void assertEveryComponentCounts(Class<?> record) throws Exception {
        RecordComponent[] components = record.getRecordComponents();
        Class<?>[] types =
                Arrays.stream(components).map(RecordComponent::getType).toArray(Class[]::new);
        Constructor<?> constructor = record.getDeclaredConstructor(types);
        constructor.setAccessible(true);
        Object[] base = Arrays.stream(types).map(t -> value(t)[0]).toArray();
        Object original = constructor.newInstance(base);
        assertThat(constructor.newInstance(base)).isEqualTo(original).hasSameHashCodeAs(original);
        for (int i = 0; i < components.length; i++) {
            Object[] changed = base.clone();
            changed[i] = value(types[i])[1];

            Object other = constructor.newInstance(changed);

            assertThat(other)
                    .as("%s differing only in %s", record.getSimpleName(), components[i].getName())
                    .isNotEqualTo(original);
        }
    }

    private static Object[] value(Class<?> type) {
        Supplier<Object[]> values = VALUES.get(type);
        if (values == null) {
            throw new AssertionError("no test values for a component of type " + type.getName());
        }
        return values.get();
    }

    private static final class OtherLinks implements LinkResolver {
        @Override
        public String href(ContentItem item) {
            return "/other/" + item.id();
        }

        @Override
        public String listHref(ItemType type) {
            return "/other/" + type.plural();
        }

        @Override
        public String homeHref() {
            return "/other/";
        }

        @Override
        public String assetHref(String name) {
            return "/other/" + name;
        }
    }
}
