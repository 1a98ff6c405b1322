package org.artofthepossible.toolkit.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * Whole processes, as a user starts them: {@code java -jar toolkit.jar export} of the bundled
 * toolkit against a Java "hello world" on the same JVM (target: at most 3 times as long), and
 * exports of 100 and 1,000 synthetic case studies, whose difference gives the marginal time per
 * page (target: at most 1 ms), and the bundled export as the README runs it, through the launcher
 * beside the jar ({@code toolkit-cli/target/toolkit}, a copy of it and the jar in a folder of the
 * trial's own, whose class data archive a first run writes), and, for reference, the launcher with
 * the JVM's default thresholds for its optimizing compiler and an application class data sharing
 * archive given to {@code java -jar}. Each operation is one process, started with the JVM running
 * the benchmark (the launcher with its {@code JAVA_HOME}); {@code toolkit.jar} is looked for at
 * {@code toolkit-cli/target/toolkit.jar} from the working folder unless the system property {@code
 * toolkit.jar} names it, and the launcher beside it. Every export writes into a folder that does
 * not exist yet, as a first export does: exporting into the last export's folder would leave
 * unchanged pages unrendered and measure an export again instead.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class ProcessBenchmark {
    private String java;
    private String toolkitJar;
    private String classPath;
    private Path hundred;
    private Path thousand;
    private Path out;
    private Path archive;
    private Path launcher;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        java = ProcessHandle.current().info().command().orElse("java");
        toolkitJar =
                Path.of(System.getProperty("toolkit.jar", "toolkit-cli/target/toolkit.jar"))
                        .toAbsolutePath()
                        .toString();
        if (!Files.isRegularFile(Path.of(toolkitJar))) {
            throw new IllegalStateException(
                    toolkitJar + " is missing: build it first (./mvnw -q -DskipTests package)");
        }
        classPath = System.getProperty("java.class.path");
        hundred = SyntheticContent.write(Files.createTempDirectory("toolkit-export-"), 100);
        thousand = SyntheticContent.write(Files.createTempDirectory("toolkit-export-"), 1000);
        out = Files.createTempDirectory("toolkit-site-");
        archive = out.resolve("toolkit.jsa");
        Path bin = Files.createDirectory(out.resolve("bin"));
        launcher = bin.resolve("toolkit");
        Files.copy(
                Path.of(toolkitJar).resolveSibling("toolkit"),
                launcher,
                StandardCopyOption.COPY_ATTRIBUTES);
        Files.copy(Path.of(toolkitJar), bin.resolve("toolkit.jar"));
        try {
            export(List.of("-XX:ArchiveClassesAtExit=" + archive), List.of());
            exportWithLauncher(); // its first run writes the launcher's archive
        } catch (Exception e) {
            throw new IllegalStateException("could not write the class data archives", e);
        }
    }

    /** Removes the last operation's export, so that each one is a first export. */
    @Setup(Level.Invocation)
    public void removeSite() {
        Path site = out.resolve("site");
        if (Files.exists(site)) {
            SyntheticContent.delete(site);
        }
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        SyntheticContent.delete(hundred);
        SyntheticContent.delete(thousand);
        SyntheticContent.delete(out);
    }

    @Benchmark
    public int baselineHelloWorld() throws Exception {
        return run(List.of(java, "-cp", classPath, HelloWorld.class.getName()));
    }

    @Benchmark
    public int exportBundled() throws Exception {
        return export(List.of(), List.of());
    }

    @Benchmark
    public int exportBundledWithClassDataArchive() throws Exception {
        return export(List.of("-XX:SharedArchiveFile=" + archive), List.of());
    }

    @Benchmark
    public int exportBundledWithLauncher() throws Exception {
        return exportWithLauncher();
    }

    /** The launcher with the JVM's own thresholds for its optimizing compiler, for comparison. */
    @Benchmark
    public int exportBundledWithLauncherAtDefaultCompilerThresholds() throws Exception {
        return exportWithLauncher(
                "-XX:Tier4InvocationThreshold=5000 -XX:Tier4MinInvocationThreshold=600"
                        + " -XX:Tier4CompileThreshold=15000 -XX:Tier4BackEdgeThreshold=40000");
    }

    @Benchmark
    public int export100() throws Exception {
        return export(List.of(), List.of("--content", hundred.toString()));
    }

    @Benchmark
    public int export1000() throws Exception {
        return export(List.of(), List.of("--content", thousand.toString()));
    }

    private int export(List<String> jvmOptions, List<String> content) throws Exception {
        var command = new ArrayList<String>();
        command.add(java);
        command.addAll(jvmOptions);
        command.addAll(List.of("-jar", toolkitJar, "export"));
        command.addAll(content);
        command.addAll(List.of("--out", out.resolve("site").toString()));
        return run(command);
    }

    private int exportWithLauncher() throws Exception {
        return exportWithLauncher("");
    }

    private int exportWithLauncher(String javaOptions) throws Exception {
        var builder =
                new ProcessBuilder(
                        launcher.toString(), "export", "--out", out.resolve("site").toString());
        builder.environment().put("JAVA_HOME", System.getProperty("java.home"));
        builder.environment().put("TOOLKIT_JAVA_OPTS", javaOptions);
        return run(builder);
    }

    private static int run(List<String> command) throws Exception {
        return run(new ProcessBuilder(command));
    }

    private static int run(ProcessBuilder builder) throws Exception {
        Process process =
                builder.redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IllegalStateException(builder.command() + " exited with " + exit);
        }
        return exit;
    }
}
