package org.artofthepossible.toolkit.cli;

import picocli.CommandLine;

/** Runs the {@code toolkit} command line. */
public final class Main {
    private Main() {}

    /**
     * Runs a command and exits with its status: 0 for success, 1 when the content has errors or the
     * work failed, 2 for a usage error.
     *
     * @param args the command line
     */
    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }

    static CommandLine commandLine() {
        return new CommandLine(new ToolkitCommand());
    }
}
