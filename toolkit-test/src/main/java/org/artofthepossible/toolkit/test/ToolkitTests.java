package org.artofthepossible.toolkit.test;

import java.util.stream.Stream;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.function.ThrowingConsumer;

/**
 * Turns items into dynamic tests, one per item, so a suite reports one line per case study.
 *
 * <pre>{@code
 * @TestFactory
 * Stream<DynamicTest> everyCaseStudyNamesItsSources(Toolkit toolkit) {
 *     return ToolkitTests.forEach(toolkit, ItemType.CASE_STUDY, study -> assertThat(study).hasSources());
 * }
 * }</pre>
 */
public final class ToolkitTests {
    private ToolkitTests() {}

    /**
     * One test per item of a type, in every locale, named {@code type id (locale)}.
     *
     * @param toolkit the snapshot
     * @param type the item type
     * @param check what to check of each item
     * @return the tests, for a {@code @TestFactory}
     */
    public static Stream<DynamicTest> forEach(
            Toolkit toolkit, ItemType type, ThrowingConsumer<ContentItem> check) {
        return toolkit.items().stream()
                .filter(item -> item.type() == type)
                .map(
                        item ->
                                DynamicTest.dynamicTest(
                                        type.id()
                                                + " "
                                                + item.id()
                                                + " ("
                                                + item.locale().toLanguageTag()
                                                + ")",
                                        () -> check.accept(item)));
    }

    /**
     * One test per item of every type.
     *
     * @param toolkit the snapshot
     * @param check what to check of each item
     * @return the tests, for a {@code @TestFactory}
     */
    public static Stream<DynamicTest> forEach(
            Toolkit toolkit, ThrowingConsumer<ContentItem> check) {
        return Stream.of(ItemType.values()).flatMap(type -> forEach(toolkit, type, check));
    }
}
