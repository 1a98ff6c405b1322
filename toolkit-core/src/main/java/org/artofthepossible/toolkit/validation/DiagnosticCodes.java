package org.artofthepossible.toolkit.validation;

/**
 * The codes of the diagnostics the core reports. Each is documented, with an example and a fix, in
 * {@code docs/diagnostics.md} under an anchor of the same name. Codes never change meaning; plugins
 * use codes of their own.
 */
public final class DiagnosticCodes {
    private DiagnosticCodes() {}

    /** A required field is missing or blank. */
    public static final String REQUIRED_FIELD = "required-field";

    /** Two items of one locale share an id; all of them are kept out. */
    public static final String DUPLICATE_ID = "duplicate-id";

    /** A related id or a menu target names no item. */
    public static final String DANGLING_REFERENCE = "dangling-reference";

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

    /** The longest summary, in characters, accepted without a warning. */
    public static final int SUMMARY_LIMIT = 500;
}
