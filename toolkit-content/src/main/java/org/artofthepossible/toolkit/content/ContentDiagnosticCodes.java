package org.artofthepossible.toolkit.content;

/**
 * The codes of the diagnostics content sources report, documented in {@code docs/diagnostics.md}
 * beside the core's.
 */
public final class ContentDiagnosticCodes {
    private ContentDiagnosticCodes() {}

    /** A file, or the content root, could not be read. */
    public static final String UNREADABLE_FILE = "unreadable-file";

    /** A file is larger than the engine's file size limit. */
    public static final String FILE_TOO_LARGE = "file-too-large";

    /** A link inside the content root leads outside it. */
    public static final String PATH_ESCAPES_ROOT = "path-escapes-root";

    /** No loader takes the file's extension. */
    public static final String NO_LOADER = "no-loader";

    /** A loader threw instead of reporting a diagnostic. */
    public static final String LOADER_FAILED = "loader-failed";
}
