package com.example.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's Spring Boot and Maven plugin snippets are the examples' code, word for word; {@code
 * .ci/run} builds and tests the examples themselves.
 */
class IntegrationExamplesTest {
    private static final Path EXAMPLES = Path.of("../examples");

    private static String section(String heading) throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        int start = readme.indexOf("\n## " + heading + "\n");
        assertThat(start).as("README section %s", heading).isNotNegative();
        int end = readme.indexOf("\n## ", start + 1);
        return readme.substring(start, end < 0 ? readme.length() : end);
    }

    private static String block(String section, String language) {
        Matcher block =
                Pattern.compile("```" + language + "\n(.*?)\n```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("a %s block", language).isTrue();
        return block.group(1);
    }

    private static String unindented(String text) {
        return text.lines().map(String::strip).collect(Collectors.joining("\n"));
    }

    @Test
    void theSpringBootControllerIsTheExamples() throws IOException {
        String section = section("Spring Boot");
        String controller =
                Files.readString(
                        EXAMPLES.resolve(
                                "spring-boot/src/main/java/com/example/toolkitsite/CaseStudyController.java"));

        assertThat(controller).contains(block(section, "java"));
        assertThat(unindented(Files.readString(EXAMPLES.resolve("spring-boot/pom.xml"))))
                .contains(
                        unindented(block(section, "xml"))
                                .replace("0.1.0-SNAPSHOT", "${toolkit.version}"));
    }

    @Test
    void theMavenPluginConfigurationIsTheExamples() throws IOException {
        assertThat(unindented(Files.readString(EXAMPLES.resolve("maven-plugin/pom.xml"))))
                .contains(unindented(block(section("Maven plugin"), "xml")));
    }
}
