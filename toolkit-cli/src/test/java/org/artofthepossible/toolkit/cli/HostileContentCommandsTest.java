package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the commands do with content written to hurt the author or the site. */
class HostileContentCommandsTest {
    @TempDir Path temp;

    private Path content() throws IOException {
        Path root = temp.resolve("content");
        Files.createDirectories(root.resolve("pages"));
        Files.writeString(
                root.resolve("toolkit.yaml"), "title: T\npublisher: P\ndefaultLocale: en\n");
        Files.writeString(root.resolve("pages/good.md"), "---\ntitle: Good\n---\nFine.\n");
        return root;
    }

    @Test
    void validatePrintsEscapeSequencesInFileNamesAndUrlsAsTextNotAsCommands() throws IOException {
        Path content = content();
        Files.writeString(
                content.resolve("pages/\u001b]0;owned\u0007x.md"),
                "---\ntitle: X\nlinks:\n  - label: l\n    url: \"javascript:\\e[2J\"\n---\n");

        Cli cli = Cli.run("validate", content.toString());

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out())
                .doesNotContain("\u001b")
                .doesNotContain("\u0007")
                .contains("pages/\\u001b]0;owned\\u0007x.md");
    }

    @Test
    void validateWarnsOfMarkdownNestedTooDeepAtItsLine() throws IOException {
        Path content = content();
        Files.writeString(
                content.resolve("pages/deep.md"),
                "---\ntitle: Deep\n---\nIntro.\n\n" + ">".repeat(5_000) + " deep\n");

        Cli cli = Cli.run("validate", content.toString(), "--strict");

        assertThat(cli.status()).isEqualTo(1);
        assertThat(cli.out())
                .contains(
                        "pages/deep.md:6:1: warning markdown-too-deep: the Markdown nests more"
                                + " than 32 levels deep");
    }

    @Test
    void exportOfAPageNestedTooDeepWritesEveryPage() throws IOException {
        Path content = content();
        Files.writeString(
                content.resolve("pages/deep.md"),
                "---\ntitle: Deep\n---\n" + ">".repeat(5_000) + " deep\n");
        Path site = temp.resolve("site");

        Cli cli = Cli.run("export", "--content", content.toString(), "--out", site.toString());

        assertThat(cli.status()).isZero();
        assertThat(site.resolve("pages/deep/index.html")).content().contains("deep");
        assertThat(site.resolve("pages/good/index.html")).exists();
    }
}
