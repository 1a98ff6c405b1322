package org.artofthepossible.toolkit.test;

import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThat;

import java.util.stream.Stream;
import org.artofthepossible.toolkit.LoadResult;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.ItemType;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The README's "Testing your content" example, as printed there. */
@ToolkitContent(directory = "src/test/resources/readme-example")
class ReadmeContentExampleTest {
    @Test
    void isValid(LoadResult content) {
        assertThat(content).isValid().hasNoWarnings().toolkit().allMenuTargetsResolve();
    }

    @TestFactory
    Stream<DynamicTest> everyPageHasASummaryOrABody(Toolkit toolkit) {
        return ToolkitTests.forEach(toolkit, ItemType.PAGE, page -> assertThat(page).hasText());
    }
}
