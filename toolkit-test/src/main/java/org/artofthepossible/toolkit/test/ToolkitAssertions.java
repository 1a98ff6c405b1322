package org.artofthepossible.toolkit.test;

import org.artofthepossible.toolkit.LoadResult;
import org.artofthepossible.toolkit.Rendered;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.ContentItem;

/**
 * The entry point for assertions on toolkit content and rendered output, beside AssertJ's own.
 *
 * <pre>{@code
 * assertThat(engine).isValid().hasNoWarnings();
 * assertThat(engine.toolkit()).hasCaseStudy("plymouth-alliance").allMenuTargetsResolve();
 * assertThat(engine.render(View.home(), "html")).hasNoUnsafeMarkup().hasAccessibleLinkNames();
 * }</pre>
 */
public final class ToolkitAssertions {
    private ToolkitAssertions() {}

    /**
     * Assertions on a load result.
     *
     * @param actual the result
     * @return the assertion
     */
    public static LoadAssert assertThat(LoadResult actual) {
        return new LoadAssert(actual);
    }

    /**
     * Assertions on what an engine loaded: the snapshot in service and its diagnostics.
     *
     * @param engine the engine
     * @return the assertion
     */
    public static LoadAssert assertThat(ToolkitEngine engine) {
        return new LoadAssert(new LoadResult(engine.toolkit(), engine.diagnostics()));
    }

    /**
     * Assertions on a snapshot.
     *
     * @param actual the snapshot
     * @return the assertion
     */
    public static ToolkitAssert assertThat(Toolkit actual) {
        return new ToolkitAssert(actual);
    }

    /**
     * Assertions on an item.
     *
     * @param actual the item
     * @return the assertion
     */
    public static ItemAssert assertThat(ContentItem actual) {
        return new ItemAssert(actual);
    }

    /**
     * Assertions on rendered HTML.
     *
     * @param actual a rendered view, of an HTML format
     * @return the assertion
     */
    public static HtmlAssert assertThat(Rendered actual) {
        return new HtmlAssert(actual.content());
    }

    /**
     * Assertions on HTML text.
     *
     * @param html a page or fragment
     * @return the assertion
     */
    public static HtmlAssert assertThatHtml(String html) {
        return new HtmlAssert(html);
    }
}
