package org.artofthepossible.toolkit.validation;

/**
 * The codes of the diagnostics the library reports: those of validation, and those sources and
 * loaders report while they read files, which third-party loaders use too. Each is documented, with
 * an example and a fix, in {@code docs/diagnostics.md} under an anchor of the same name. Codes
 * never change meaning; plugins may add codes of their own.
 */
public final class DiagnosticCodes {
    private DiagnosticCodes() {}

    /** A required field is missing or blank. */
    public static final String REQUIRED_FIELD = "required-field";

    /** Two items of one locale share an id; all of them are kept out. */
    public static final String DUPLICATE_ID = "duplicate-id";

    /** A related id or a menu target names no item. */
    public static final String DANGLING_REFERENCE = "dangling-reference";

    /** A fact cites a source id the item does not list among its sources. */
    public static final String UNKNOWN_SOURCE = "unknown-source";

    /** Two sources of one item share an id. */
    public static final String DUPLICATE_SOURCE = "duplicate-source";

    /** A case study has facts but none of them cites a source. */
    public static final String UNCITED_FACTS = "uncited-facts";

    /** A case study uses a procurement route that the content's law today does not map. */
    public static final String ROUTE_WITHOUT_TODAYS_LAW = "route-without-todays-law";

    /** A reference names an item that was kept out because of its own errors. */
    public static final String REFERENCE_TO_EXCLUDED_ITEM = "reference-to-excluded-item";

    /** A term is not declared in its vocabulary. */
    public static final String UNKNOWN_TERM = "unknown-term";

    /** A term names a vocabulary the content does not declare. */
    public static final String UNKNOWN_VOCABULARY = "unknown-vocabulary";

    /** Two sources declare a vocabulary with the same id; the later one is ignored. */
    public static final String DUPLICATE_VOCABULARY = "duplicate-vocabulary";

    /** A URL uses a scheme other than http, https or mailto. */
    public static final String DISALLOWED_URL_SCHEME = "disallowed-url-scheme";

    /** A date is in the future, before 1900, or an update precedes publication. */
    public static final String IMPLAUSIBLE_DATE = "implausible-date";

    /** A summary is longer than {@link #SUMMARY_LIMIT} characters. */
    public static final String SUMMARY_TOO_LONG = "summary-too-long";

    /** An item's locale is not among the toolkit's locales. */
    public static final String UNKNOWN_LOCALE = "unknown-locale";

    /** A locale variant has no item in the default locale. */
    public static final String ORPHAN_LOCALE_VARIANT = "orphan-locale-variant";

    /** No source described the toolkit (title, publisher, locales). */
    public static final String MISSING_TOOLKIT_INFO = "missing-toolkit-info";

    /** A content source failed as a whole. */
    public static final String SOURCE_FAILED = "source-failed";

    /** A validation rule plugin threw an exception. */
    public static final String RULE_FAILED = "rule-failed";

    // Reading files: sources and loaders.

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

    /** The longest summary, in characters, accepted without a warning. */
    public static final int SUMMARY_LIMIT = 500;
}
