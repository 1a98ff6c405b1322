package org.artofthepossible.toolkit.model;

/**
 * Item ids are slugs: lower-case ASCII letters and digits in groups joined by single hyphens, for
 * example {@code plymouth-alliance}. Slugs appear in URLs and file names, so nothing else is
 * allowed.
 */
public final class Slugs {
    /** The longest slug accepted, so that ids stay usable as file names on every platform. */
    public static final int MAX_LENGTH = 120;

    private Slugs() {}

    /**
     * Tells whether {@code candidate} is a slug.
     *
     * @param candidate any string
     * @return true for {@code plymouth-alliance}, false for {@code Plymouth}, {@code a--b}, {@code
     *     -a} or the empty string
     */
    public static boolean isSlug(String candidate) {
        // The grammar is [a-z0-9]+(-[a-z0-9]+)*. Checked by hand rather than with a regular
        // expression: every term reference checks two slugs, and a Matcher per check was a third of
        // the json renderer's time.
        int length = candidate.length();
        if (length == 0 || length > MAX_LENGTH) {
            return false;
        }
        boolean afterHyphen = true; // at the start, as after a hyphen, a hyphen is refused
        for (int i = 0; i < length; i++) {
            char c = candidate.charAt(i);
            if (c == '-') {
                if (afterHyphen) {
                    return false;
                }
                afterHyphen = true;
            } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                afterHyphen = false;
            } else {
                return false;
            }
        }
        return !afterHyphen;
    }

    /**
     * Returns {@code candidate} if it is a slug.
     *
     * @param candidate the id to check
     * @param what what the id names, for the message, for example {@code "item id"}
     * @return {@code candidate}
     * @throws IllegalArgumentException naming {@code what} and the rejected value
     */
    public static String requireSlug(String candidate, String what) {
        if (!isSlug(candidate)) {
            throw new IllegalArgumentException(
                    what
                            + " must be a slug (lower-case letters, digits and single hyphens, at most "
                            + MAX_LENGTH
                            + " characters): '"
                            + candidate
                            + "'");
        }
        return candidate;
    }
}
