package org.artofthepossible.toolkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The govuk theme's stylesheet, committed in toolkit-render-html, is what its Sass source compiles
 * to with govuk-frontend and Dart Sass from this module's npm packages; {@code
 * -Dgolden.update=true} writes it. Needs {@code npm install} in this module; run with {@code
 * -Pbrowser}, as the other tests that need npm packages.
 */
@Tag("browser")
class GovukStylesheetTest {
    private static final Path SASS = Path.of("node_modules/.bin/sass");
    private static final Path SOURCE =
            Path.of("../toolkit-render-html/src/main/sass/toolkit-govuk.scss");
    private static final Path COMMITTED =
            Path.of("../toolkit-render-html/src/main/resources/toolkit-html/toolkit-govuk.css");

    @Test
    void theCommittedStylesheetIsWhatItsSassSourceCompilesTo() throws Exception {
        Path built = Path.of("target/toolkit-govuk.css");
        Files.createDirectories(built.getParent());
        Process sass =
                new ProcessBuilder(
                                SASS.toAbsolutePath().toString(),
                                "--style=compressed",
                                "--no-source-map",
                                "--no-charset",
                                "--load-path=node_modules",
                                SOURCE.toString(),
                                built.toString())
                        .redirectErrorStream(true)
                        .start();
        String output = new String(sass.getInputStream().readAllBytes());
        assertThat(sass.waitFor()).as(output).isZero();
        if (Boolean.getBoolean("golden.update")) {
            Files.copy(built, COMMITTED, StandardCopyOption.REPLACE_EXISTING);
        }

        assertThat(built)
                .as("run with -Dgolden.update=true to rewrite %s", COMMITTED)
                .hasSameBinaryContentAs(COMMITTED);
        String css = Files.readString(COMMITTED);
        // Nothing the export would have to ship besides the stylesheet: no font, no image.
        assertThat(css).doesNotContain("url(", "@font-face", "\"GDS Transport\"");
        assertThat(css).contains(".govuk-generic-header", ".govuk-service-navigation");
    }
}
