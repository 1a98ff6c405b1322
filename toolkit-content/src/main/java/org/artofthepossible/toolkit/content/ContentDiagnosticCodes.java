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

    /** A file is not valid UTF-8. */
    public static final String INVALID_ENCODING = "invalid-encoding";

    /** A Markdown item file does not open with a {@code ---} fence. */
    public static final String MISSING_FRONT_MATTER = "missing-front-matter";

    /** A Markdown item file opens its front matter and never closes it. */
    public static final String UNCLOSED_FRONT_MATTER = "unclosed-front-matter";

    /** YAML that does not parse. */
    public static final String MALFORMED_YAML = "malformed-yaml";

    /** JSON that does not parse. */
    public static final String MALFORMED_JSON = "malformed-json";

    /** A mapping names one key twice. */
    public static final String DUPLICATE_KEY = "duplicate-key";

    /**
     * A file breaks a parsing limit: nesting depth, string length, aliases or size in code points.
     */
    public static final String LIMIT_EXCEEDED = "limit-exceeded";

    /** A field has a value of the wrong type, for example text where a number belongs. */
    public static final String WRONG_TYPE = "wrong-type";

    /** A field is not part of the format; it is ignored. */
    public static final String UNKNOWN_FIELD = "unknown-field";

    /** An id or term is not a slug. */
    public static final String BAD_SLUG = "bad-slug";

    /** A value breaks a rule of its field: a pattern, a range, a date that does not exist. */
    public static final String INVALID_VALUE = "invalid-value";

    /** Text holds a control character (C0 other than tab and line ends, DEL, or C1). */
    public static final String CONTROL_CHARACTER = "control-character";

    /** A zip file holds more entries or more uncompressed bytes than the source's limits. */
    public static final String ZIP_TOO_LARGE = "zip-too-large";

    /** A file lies outside the folders items belong in. */
    public static final String UNEXPECTED_FILE = "unexpected-file";
}
