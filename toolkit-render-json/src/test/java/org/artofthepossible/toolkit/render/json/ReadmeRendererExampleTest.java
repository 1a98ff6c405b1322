package org.artofthepossible.toolkit.render.json;

import java.util.stream.Stream;
import org.artofthepossible.toolkit.test.RendererConformance;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The README's "Testing your renderer" example, as printed there. */
class ReadmeRendererExampleTest {
    @TestFactory
    Stream<DynamicNode> conformance() {
        return RendererConformance.of(new JsonRendererProvider());
    }
}
