package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The launcher beside the runnable jar ({@code target/toolkit}), run from a copy of both: it writes
 * a class data archive on its first run, uses it afterwards, writes it again for a newer jar, and
 * runs every command but serve with the serial collector.
 */
class LauncherIT {
    @TempDir Path temp;

    private Path launcher;
    private Path archive;

    private record Run(int status, String out) {}

    @BeforeEach
    void copyTheLauncherAndJar() throws IOException {
        Path bin = Files.createDirectory(temp.resolve("bin"));
        launcher = bin.resolve("toolkit");
        Files.copy(Path.of("target/toolkit"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target/toolkit.jar"), bin.resolve("toolkit.jar"));
        archive = bin.resolve("toolkit.jsa");
    }

    private Run toolkit(String javaOptions, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("TOOLKIT_JAVA_OPTS", javaOptions);
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out);
    }

    @Test
    void theFirstRunWritesTheArchiveAndLaterRunsLoadTheirClassesFromIt() throws Exception {
        Path site = temp.resolve("site");
        Path classes = temp.resolve("classes.log");

        Run first = toolkit("", "export", "--out", site.toString());
        Run second = toolkit("-Xlog:class+load:file=" + classes, "plugins");

        assertThat(first.status()).as(first.out()).isZero();
        assertThat(first.out()).startsWith("Exported ");
        assertThat(site.resolve("case-studies/plymouth-alliance/index.html")).exists();
        assertThat(archive).isNotEmptyFile();
        try (var files = Files.list(archive.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("toolkit", "toolkit.jar", "toolkit.jsa");
        }
        assertThat(second.status()).as(second.out()).isZero();
        assertThat(Files.readString(classes))
                .contains("org.artofthepossible.toolkit.cli.Main source: shared objects file");
    }

    @Test
    void aNewerJarGetsANewArchive() throws Exception {
        assertThat(toolkit("", "plugins").status()).isZero();
        FileTime written = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(archive, written);

        Run run = toolkit("", "plugins");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(Files.getLastModifiedTime(archive)).isGreaterThan(written);
    }

    @Test
    void aFailedFirstRunLeavesNoArchiveAndKeepsItsExitStatus() throws Exception {
        Run run = toolkit("", "validate", temp.resolve("missing").toString());

        assertThat(run.status()).isEqualTo(2);
        try (var files = Files.list(archive.getParent())) {
            assertThat(files.map(p -> p.getFileName().toString()))
                    .containsExactlyInAnyOrder("toolkit", "toolkit.jar");
        }
    }

    @Test
    void commandsRunWithTheSerialCollectorUnlessTheOptionsNameAnother() throws Exception {
        Path serial = temp.resolve("serial.log");
        Path chosen = temp.resolve("chosen.log");

        Run plain = toolkit("-Xlog:gc*:file=" + serial, "plugins");
        Run g1 = toolkit("-XX:+UseG1GC -Xlog:gc*:file=" + chosen, "plugins");

        assertThat(plain.status()).as(plain.out()).isZero();
        assertThat(Files.readString(serial)).contains("Using Serial");
        assertThat(g1.status()).as(g1.out()).isZero();
        assertThat(Files.readString(chosen)).contains("Using G1");
    }
}
