package org.artofthepossible.toolkit.maven;

import java.io.File;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.artofthepossible.toolkit.cli.Main;

/**
 * Exports the project's toolkit content as a static site, as {@code toolkit export} does: every
 * page in HTML and JSON, the search index, the sitemap and the feed. The folder changes only once
 * the whole site is rendered, so a failed export leaves it as it was; an earlier export is updated
 * in place, file by file, and a folder that is not an earlier export is never overwritten. Bound to
 * {@code package} when listed in an execution.
 */
@Mojo(name = "export", defaultPhase = LifecyclePhase.PACKAGE, threadSafe = true)
public class ExportMojo extends AbstractMojo {
    /** The content folder (or zip file). */
    @Parameter(property = "toolkit.content", defaultValue = "${project.basedir}/src/main/toolkit")
    File content;

    /** Where the site is written. */
    @Parameter(property = "toolkit.site", defaultValue = "${project.build.directory}/site")
    File outputDirectory;

    /** The HTML theme: default or govuk. */
    @Parameter(property = "toolkit.theme", defaultValue = "default")
    String theme;

    /** The absolute URL the site will be published at, for canonical links, sitemap and feed. */
    @Parameter(property = "toolkit.baseUrl")
    String baseUrl;

    /** The address of a running server's question form, for the FAQ pages' "Ask a question". */
    @Parameter(property = "toolkit.questionsUrl")
    String questionsUrl;

    /** Skips the export. */
    @Parameter(property = "toolkit.skip", defaultValue = "false")
    boolean skip;

    /** Creates the goal; Maven calls this. */
    public ExportMojo() {}

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("toolkit: export skipped");
            return;
        }
        Content.check(content);
        var args = new ArrayList<>(List.of("export", "--content", content.getPath()));
        args.addAll(List.of("--out", outputDirectory.getPath(), "--theme", theme));
        if (baseUrl != null && !baseUrl.isBlank()) {
            args.addAll(List.of("--base-url", baseUrl));
        }
        if (questionsUrl != null && !questionsUrl.isBlank()) {
            args.addAll(List.of("--questions-url", questionsUrl));
        }
        int status = Main.execute(args.toArray(String[]::new));
        if (status != 0) {
            throw new MojoFailureException(
                    "toolkit: the export to "
                            + outputDirectory
                            + " failed (status "
                            + status
                            + "); see above");
        }
        getLog().info("toolkit: site written to " + outputDirectory);
    }
}
