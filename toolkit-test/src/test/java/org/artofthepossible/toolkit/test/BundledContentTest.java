package org.artofthepossible.toolkit.test;

import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThat;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.LoadResult;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ItemType;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/** The bundled toolkit, checked with the kit it ships: one line per case study. */
@ToolkitContent
class BundledContentTest {
    private static final List<ToolkitEngine> ENGINES = new CopyOnWriteArrayList<>();

    @Test
    void isValidWithoutWarningsAndEveryMenuTargetResolves(LoadResult content) {
        assertThat(content).isValid().hasNoWarnings().toolkit().allMenuTargetsResolve();
    }

    @RepeatedTest(2)
    void isLoadedOncePerClass(ToolkitEngine engine, Toolkit toolkit) {
        ENGINES.add(engine);
        Assertions.assertThat(ENGINES).allSatisfy(e -> Assertions.assertThat(e).isSameAs(engine));
        Assertions.assertThat(toolkit).isSameAs(engine.toolkit());
    }

    @TestFactory
    Stream<DynamicTest> everyCaseStudyNamesItsSourcesAndARoute(Toolkit toolkit) {
        return ToolkitTests.forEach(
                toolkit,
                ItemType.CASE_STUDY,
                item -> {
                    assertThat(item).hasSources();
                    Assertions.assertThat(((CaseStudy) item).procurementRoutes()).isNotEmpty();
                });
    }
}
