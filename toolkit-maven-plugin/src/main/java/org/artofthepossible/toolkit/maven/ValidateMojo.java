package org.artofthepossible.toolkit.maven;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.cli.TerminalText;
import org.artofthepossible.toolkit.content.ContentSources;
import org.artofthepossible.toolkit.validation.Diagnostic;

/**
 * Validates the project's toolkit content: every diagnostic is printed as {@code file:line:column:
 * severity code: message}, the file relative to the project, and the build fails when the content
 * has errors (or warnings, with {@code failOnWarning}). Bound to {@code verify}.
 */
@Mojo(name = "validate", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class ValidateMojo extends AbstractMojo {
    /** The content folder (or zip file). */
    @Parameter(property = "toolkit.content", defaultValue = "${project.basedir}/src/main/toolkit")
    File content;

    /** Whether warnings fail the build too. */
    @Parameter(property = "toolkit.failOnWarning", defaultValue = "false")
    boolean failOnWarning;

    /** Skips the check. */
    @Parameter(property = "toolkit.skip", defaultValue = "false")
    boolean skip;

    @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
    File basedir;

    /** Creates the goal; Maven calls this. */
    public ValidateMojo() {}

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("toolkit: validation skipped");
            return;
        }
        Content.check(content);
        ToolkitEngine engine;
        try {
            engine = ToolkitEngine.builder().source(ContentSources.of(content.toPath())).build();
        } catch (ToolkitException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        List<Diagnostic> diagnostics = engine.diagnostics();
        String prefix = prefix(basedir.toPath(), content.toPath());
        long errors = 0;
        for (Diagnostic diagnostic : diagnostics) {
            String line =
                    TerminalText.safe(
                            (diagnostic.location().isPresent() ? prefix : "") + diagnostic);
            if (diagnostic.isError()) {
                errors++;
                getLog().error(line);
            } else {
                getLog().warn(line);
            }
        }
        long warnings = diagnostics.size() - errors;
        String summary =
                "toolkit: "
                        + plural(errors, "error")
                        + ", "
                        + plural(warnings, "warning")
                        + "; "
                        + plural(engine.toolkit().items().size(), "item")
                        + " loaded from "
                        + prefix(basedir.toPath(), content.toPath());
        if (errors > 0 || (failOnWarning && warnings > 0)) {
            throw new MojoFailureException(
                    summary
                            + (errors > 0
                                    ? ": fix the errors above"
                                    : ": fix the warnings above, or set failOnWarning to false"));
        }
        getLog().info(summary);
    }

    /**
     * The content folder as the diagnostics' files are relative to it: {@code src/main/toolkit/}.
     */
    static String prefix(Path basedir, Path content) {
        Path absolute = content.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        String shown =
                absolute.startsWith(base)
                        ? base.relativize(absolute).toString()
                        : absolute.toString();
        shown = shown.replace(File.separatorChar, '/');
        return shown.isEmpty() ? "" : shown + "/";
    }

    private static String plural(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
