package org.artofthepossible.toolkit.maven;

import java.io.File;
import org.apache.maven.plugin.MojoFailureException;

/** The content parameter both goals share. */
final class Content {
    private Content() {}

    /** Fails the build, saying where content was looked for, when there is none. */
    static void check(File content) throws MojoFailureException {
        if (!content.exists()) {
            throw new MojoFailureException(
                    "toolkit: no content at "
                            + content
                            + ": put toolkit.yaml and the case-studies/, faqs/, documents/ and pages/"
                            + " folders there, or set the plugin's <content> parameter");
        }
    }
}
