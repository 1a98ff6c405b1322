package org.artofthepossible.toolkit.content;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every file under {@code src/test/resources/malformed} is one broken (or tricky) content file.
 * Beside it, {@code NAME.expected} lists the diagnostics it must produce, one a line, as {@code
 * code line:column field}, optionally followed by {@code " | "} and the exact message. Each fixture
 * is loaded into a content root that also holds a valid page, which must still load: a bad file
 * keeps only its own item out.
 */
class MalformedContentTest {
    private static final Path FIXTURES = Path.of("src/test/resources/malformed");
    private static final Path BASE = Path.of("src/test/resources/malformed-base");

    @TempDir Path root;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> files = Files.walk(FIXTURES)) {
            return files
                    .filter(Files::isRegularFile)
                    .map(f -> FIXTURES.relativize(f).toString().replace('\\', '/'))
                    .filter(f -> !f.endsWith(".expected"))
                    .sorted()
                    .toList()
                    .stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void reportsExactlyTheExpectedDiagnosticsAndKeepsTheRest(String fixture) throws IOException {
        copy(BASE, root);
        String target = fixture.startsWith("toolkit/") ? "toolkit.yaml" : fixture;
        Files.createDirectories(root.resolve(target).getParent());
        Files.copy(
                FIXTURES.resolve(fixture),
                root.resolve(target),
                StandardCopyOption.REPLACE_EXISTING);

        ToolkitEngine engine =
                assertTimeoutPreemptively(
                        Duration.ofSeconds(10),
                        () -> ToolkitEngine.builder().source(DirectorySource.of(root)).build());

        Path expectedFile = FIXTURES.resolve(fixture + ".expected");
        List<String> expected =
                Files.exists(expectedFile)
                        ? Files.readAllLines(expectedFile, StandardCharsets.UTF_8).stream()
                                .filter(l -> !l.isBlank())
                                .toList()
                        : List.of("<no " + expectedFile + ">");
        List<Diagnostic> found = engine.diagnostics();
        var actual = new ArrayList<String>();
        for (int i = 0; i < found.size(); i++) {
            boolean withMessage = i < expected.size() && expected.get(i).contains(" | ");
            actual.add(
                    describe(found.get(i)) + (withMessage ? " | " + found.get(i).message() : ""));
        }
        assertThat(actual)
                .as(
                        "diagnostics of %s:%n%s",
                        fixture,
                        Files.readString(FIXTURES.resolve(fixture), StandardCharsets.ISO_8859_1))
                .containsExactlyElementsOf(expected);
        assertThat(engine.toolkit().item("ok", Locale.ENGLISH))
                .as("the valid page still loads")
                .isPresent();
    }

    private static String describe(Diagnostic d) {
        var text = new StringBuilder(d.isError() ? "" : "warning ").append(d.code());
        d.location()
                .filter(l -> l.line() > 0)
                .ifPresent(l -> text.append(' ').append(l.line()).append(':').append(l.column()));
        d.field().ifPresent(f -> text.append(' ').append(f));
        return text.toString();
    }

    private static void copy(Path from, Path to) throws IOException {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.filter(Files::isRegularFile).toList()) {
                Path target = to.resolve(from.relativize(file).toString());
                Files.createDirectories(target.getParent());
                Files.copy(file, target);
            }
        }
    }
}
