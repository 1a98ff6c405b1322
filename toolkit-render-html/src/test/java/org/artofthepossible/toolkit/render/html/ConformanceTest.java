package org.artofthepossible.toolkit.render.html;

import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThat;

import java.util.stream.Stream;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.test.RendererConformance;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The html renderer passes the kit every renderer plugin runs, and its pages keep to the
 * allow-list.
 */
class ConformanceTest {
    @TestFactory
    Stream<DynamicNode> conformance() {
        return RendererConformance.of(new HtmlRendererProvider());
    }

    @TestFactory
    Stream<DynamicTest> everyPageIsSafeAndItsLinksHaveDistinctNames() {
        RenderOptions page = RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);
        return BundledPages.views().stream()
                .map(
                        view ->
                                DynamicTest.dynamicTest(
                                        view.toString(),
                                        () ->
                                                assertThat(
                                                                BundledPages.engine()
                                                                        .render(view, "html", page))
                                                        .hasNoUnsafeMarkup()
                                                        .hasAccessibleLinkNames()));
    }
}
