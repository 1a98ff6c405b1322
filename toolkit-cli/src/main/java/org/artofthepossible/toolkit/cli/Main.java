package org.artofthepossible.toolkit.cli;

import java.io.PrintWriter;
import org.artofthepossible.toolkit.ToolkitException;
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
        System.exit(execute(args));
    }

    /**
     * Runs a command in this JVM, printing to standard output and error, and returns its status
     * instead of exiting: for build tools and tests that drive the command line.
     *
     * @param args the command line, for example {@code export --out site}
     * @return the exit status {@link #main} would exit with
     */
    public static int execute(String... args) {
        return commandLine()
                .setOut(new PrintWriter(System.out, true))
                .setErr(new PrintWriter(System.err, true))
                .execute(args);
    }

    static CommandLine commandLine() {
        return new CommandLine(new ToolkitCommand())
                .setExecutionExceptionHandler(
                        (e, command, parsed) -> {
                            // What the library reports for a user to act on is a message, not a
                            // stack trace: a question in the wrong state, a store out of reach.
                            if (e instanceof ToolkitException
                                    || e instanceof IllegalArgumentException) {
                                command.getErr()
                                        .println(
                                                command.getCommandName()
                                                        + ": "
                                                        + TerminalText.safe(e.getMessage()));
                                return 1;
                            }
                            throw e;
                        });
    }
}
