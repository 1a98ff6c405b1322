package org.artofthepossible.toolkit.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The root command; its subcommands do the work. */
@Command(
        name = "toolkit",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Export, serve and validate the From Procurement to Partnership toolkit.",
        subcommands = {
            ExportCommand.class,
            ServeCommand.class,
            ValidateCommand.class,
            QuestionsCommand.class,
            PluginsCommand.class
        })
final class ToolkitCommand implements Runnable {
    @Spec CommandSpec spec;

    @Override
    public void run() {
        throw new ParameterException(
                spec.commandLine(),
                "Missing a command: export, serve, validate, questions or plugins");
    }
}
