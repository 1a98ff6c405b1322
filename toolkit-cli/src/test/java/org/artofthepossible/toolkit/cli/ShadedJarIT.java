package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The runnable jar, run as a separate process, finds every plugin and exports the toolkit. */
class ShadedJarIT {
    private static final Path JAR = Path.of("target/toolkit.jar");

    @TempDir Path temp;

    private record Run(int status, String out) {}

    private static Run java(String... args) throws IOException, InterruptedException {
        var command =
                new ArrayList<>(
                        List.of(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString()));
        command.addAll(List.of(args));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void listsEveryPluginFromInsideTheJar() throws Exception {
        Run run = java("plugins");

        assertThat(run.status()).isZero();
        assertThat(run.out())
                .contains(
                        "renderer html:",
                        "renderer json:",
                        "renderer jsonld:",
                        "content loader markdown",
                        "content loader yaml",
                        "content loader json",
                        "validation rule markdown:")
                .contains("8 plugins, 0 problems")
                .doesNotContain("SLF4J");
    }

    @Test
    void exportsTheBundledToolkit() throws Exception {
        Path site = temp.resolve("site");

        Run run = java("export", "--out", site.toString());

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(site.resolve("index.html")).exists();
        assertThat(Files.readString(site.resolve("case-studies/kirklees-kilt/index.html")))
                .contains("Kirklees Independent Living Team");
    }

    @Test
    void anExportStoppedBySigtermRemovesItsStagingFolder() throws Exception {
        Path site = temp.resolve("site");
        Process export = startExportAndWaitForStaging(site);

        export.destroy(); // SIGTERM, as Ctrl+C or a service manager would stop it
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();

        assertThat(beside()).isEmpty();
    }

    @Test
    void theStagingFolderOfAKilledExportIsRemovedByTheNextExport() throws Exception {
        Path site = temp.resolve("site");
        Process export = startExportAndWaitForStaging(site);

        export.destroyForcibly(); // SIGKILL: no chance to clean up
        assertThat(export.waitFor(60, TimeUnit.SECONDS)).isTrue();
        Run next = java("export", "--out", site.toString());

        assertThat(next.status()).as(next.out()).isZero();
        assertThat(beside()).containsExactly(site);
    }

    private Process startExportAndWaitForStaging(Path site) throws Exception {
        Process export =
                new ProcessBuilder(
                                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                                "-jar",
                                JAR.toString(),
                                "export",
                                "--out",
                                site.toString())
                        .redirectErrorStream(true)
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (beside().isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(2);
        }
        assertThat(beside()).as("the export's staging folder").hasSize(1);
        return export;
    }

    private List<Path> beside() throws IOException {
        try (var files = Files.list(temp)) {
            return files.toList();
        }
    }

    @Test
    void reportsItsVersion() throws Exception {
        assertThat(java("--version").out()).startsWith("toolkit 0.1.0");
    }
}
