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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    private record Run(int status, String out) {}

    @BeforeEach
    void copyTheLauncherAndJar() throws IOException {
        Path bin = Files.createDirectory(temp.resolve("bin"));
        launcher = bin.resolve("toolkit");
        Files.copy(Path.of("target/toolkit"), launcher, StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of("target/toolkit.jar"), bin.resolve("toolkit.jar"));
    }

    /** The files beside the launcher. */
    private List<String> beside() throws IOException {
        try (var files = Files.list(launcher.getParent())) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    /** The one class data archive beside the launcher. */
    private Path archive() throws IOException {
        List<String> archives = beside().stream().filter(n -> n.endsWith(".jsa")).toList();
        assertThat(archives).hasSize(1);
        return launcher.resolveSibling(archives.get(0));
    }

    private Run toolkit(String javaOptions, String... args)
            throws IOException, InterruptedException {
        return toolkit(Path.of(System.getProperty("java.home")), javaOptions, args);
    }

    private Run toolkit(Path javaHome, String javaOptions, String... args)
            throws IOException, InterruptedException {
        var command = new ArrayList<>(List.of(launcher.toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().put("JAVA_HOME", javaHome.toString());
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
        assertThat(archive()).isNotEmptyFile();
        assertThat(beside()).hasSize(3).contains("toolkit", "toolkit.jar");
        assertThat(second.status()).as(second.out()).isZero();
        assertThat(Files.readString(classes))
                .contains("org.artofthepossible.toolkit.cli.Main source: shared objects file");
    }

    @Test
    void aNewerJarGetsANewArchive() throws Exception {
        assertThat(toolkit("", "plugins").status()).isZero();
        FileTime written = FileTime.fromMillis(System.currentTimeMillis() - 60_000);
        Files.setLastModifiedTime(archive(), written);

        Run run = toolkit("", "plugins");

        assertThat(run.status()).as(run.out()).isZero();
        assertThat(Files.getLastModifiedTime(archive())).isGreaterThan(written);
    }

    @Test
    void eachJavaCommandGetsAnArchiveOfItsOwn() throws Exception {
        // Another java command: this one under another name, as a second JDK would be.
        Path otherHome = temp.resolve("other-jdk");
        Files.createDirectories(otherHome.resolve("bin"));
        Files.createSymbolicLink(
                otherHome.resolve("bin/java"),
                Path.of(System.getProperty("java.home"), "bin", "java"));

        Run first = toolkit("", "plugins");
        Run other = toolkit(otherHome, "", "plugins");

        assertThat(first.status()).as(first.out()).isZero();
        assertThat(other.status()).as(other.out()).isZero();
        assertThat(beside().stream().filter(n -> n.endsWith(".jsa"))).hasSize(2);
    }

    @Test
    void aFailedFirstRunLeavesNoArchiveAndKeepsItsExitStatus() throws Exception {
        Run run = toolkit("", "validate", temp.resolve("missing").toString());

        assertThat(run.status()).isEqualTo(2);
        assertThat(beside()).containsExactly("toolkit", "toolkit.jar");
    }

    @Test
    void commandsButServeRunWithTheSerialCollectorUnlessTheOptionsNameAnother() throws Exception {
        Path serial = temp.resolve("serial.log");
        Path chosen = temp.resolve("chosen.log");
        Path served = temp.resolve("served.log");

        Run plain = toolkit("-Xlog:gc*:file=" + serial, "plugins");
        Run g1 = toolkit("-XX:+UseG1GC -Xlog:gc*:file=" + chosen, "plugins");
        Run serve = toolkit("-Xlog:gc*:file=" + served, "serve", "--help");

        assertThat(plain.status()).as(plain.out()).isZero();
        assertThat(Files.readString(serial)).contains("Using Serial");
        assertThat(g1.status()).as(g1.out()).isZero();
        assertThat(Files.readString(chosen)).contains("Using G1");
        assertThat(serve.status()).as(serve.out()).isZero();
        assertThat(Files.readString(served)).doesNotContain("Using Serial");
    }

    @Test
    void commandsButServeWaitLongerForTheOptimizingCompilerUnlessTheOptionsSayOtherwise()
            throws Exception {
        Run plain = toolkit("-XX:+PrintFlagsFinal", "plugins");
        Run own = toolkit("-XX:+PrintFlagsFinal -XX:Tier4InvocationThreshold=7000", "plugins");
        Run serve = toolkit("-XX:+PrintFlagsFinal", "serve", "--help");

        assertThat(plain.status()).as(plain.out()).isZero();
        assertThat(flag(plain, "Tier4InvocationThreshold")).isEqualTo("50000");
        assertThat(flag(plain, "Tier4MinInvocationThreshold")).isEqualTo("6000");
        assertThat(flag(plain, "Tier4CompileThreshold")).isEqualTo("150000");
        assertThat(flag(plain, "Tier4BackEdgeThreshold")).isEqualTo("400000");
        assertThat(own.status()).as(own.out()).isZero();
        assertThat(flag(own, "Tier4InvocationThreshold")).isEqualTo("7000");
        assertThat(serve.status()).as(serve.out()).isZero();
        assertThat(flag(serve, "Tier4InvocationThreshold")).isNotEqualTo("50000");
    }

    /** A flag's value as {@code -XX:+PrintFlagsFinal} printed it. */
    private static String flag(Run run, String name) {
        Matcher value = Pattern.compile(" " + name + " +:?= (\\d+) ").matcher(run.out());
        assertThat(value.find()).as("%s in %s", name, run.out()).isTrue();
        return value.group(1);
    }
}
