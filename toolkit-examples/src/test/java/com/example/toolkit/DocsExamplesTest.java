package com.example.toolkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The Java examples of the extension guides are this module's sources, word for word. */
class DocsExamplesTest {
    private static final Pattern JAVA_BLOCK =
            Pattern.compile("```java\n(.*?)\n```", Pattern.DOTALL);
    private static final Pattern CLASS_NAME = Pattern.compile("public final class (\\w+)");

    @ParameterizedTest
    @ValueSource(strings = {"writing-a-loader.md", "writing-a-renderer.md"})
    void everyJavaExampleIsCompiledSource(String page) throws IOException {
        String text = Files.readString(Path.of("../docs").resolve(page));
        Matcher block = JAVA_BLOCK.matcher(text);
        int examples = 0;
        while (block.find()) {
            Matcher name = CLASS_NAME.matcher(block.group(1));
            assertThat(name.find()).as("an example class in %s", page).isTrue();
            Path source = Path.of("src/main/java/com/example/toolkit", name.group(1) + ".java");
            assertThat(block.group(1)).isEqualTo(Files.readString(source).stripTrailing());
            examples++;
        }
        assertThat(examples).isPositive();
    }
}
