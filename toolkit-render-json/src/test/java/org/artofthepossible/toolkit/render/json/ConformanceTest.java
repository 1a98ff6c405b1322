package org.artofthepossible.toolkit.render.json;

import java.util.stream.Stream;
import org.artofthepossible.toolkit.test.RendererConformance;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.TestFactory;

/**
 * The jsonld renderer passes the kit every renderer plugin runs (json runs it in the README's
 * example).
 */
class ConformanceTest {
    @TestFactory
    Stream<DynamicNode> jsonld() {
        return RendererConformance.of(new JsonLdRendererProvider());
    }
}
