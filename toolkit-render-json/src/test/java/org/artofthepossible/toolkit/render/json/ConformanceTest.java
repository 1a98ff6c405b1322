package org.artofthepossible.toolkit.render.json;

import java.util.stream.Stream;
import org.artofthepossible.toolkit.test.RendererConformance;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/** The json renderer passes the kit every renderer plugin runs. */
class ConformanceTest {
    @TestFactory
    Stream<DynamicNode> conformance() {
        return RendererConformance.of(new JsonRendererProvider());
    }
}
