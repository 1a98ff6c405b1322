package org.artofthepossible.toolkit.test;

import static org.artofthepossible.toolkit.test.ToolkitAssertions.assertThat;

import org.artofthepossible.toolkit.LoadResult;
import org.junit.jupiter.api.Test;

@ToolkitContent(classpath = "broken-toolkit")
class ClasspathContentTest {
    @Test
    void loadsTheNamedClasspathFolder(LoadResult content) {
        assertThat(content).hasDiagnostic("unknown-term").at("case-studies/study.md", 5);
    }
}
