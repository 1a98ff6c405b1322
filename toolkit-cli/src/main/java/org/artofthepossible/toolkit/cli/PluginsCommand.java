package org.artofthepossible.toolkit.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.artofthepossible.toolkit.PluginRegistry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code toolkit plugins}: every loader, renderer and rule found, and any that failed. */
@Command(
        name = "plugins",
        mixinStandardHelpOptions = true,
        description =
                "Lists every discovered plugin (kind, format, class, module or jar) and any that failed to load.")
final class PluginsCommand implements Callable<Integer> {
    @Spec CommandSpec spec;

    @Override
    public Integer call() {
        PluginRegistry registry = PluginRegistry.builder().build();
        PrintWriter out = spec.commandLine().getOut();
        registry.plugins().forEach(out::println);
        registry.problems()
                .forEach(
                        p ->
                                spec.commandLine()
                                        .getErr()
                                        .println("problem: " + TerminalText.safe(p)));
        out.printf(
                "%d plugins, %d problems%n", registry.plugins().size(), registry.problems().size());
        return registry.problems().isEmpty() ? 0 : 1;
    }
}
