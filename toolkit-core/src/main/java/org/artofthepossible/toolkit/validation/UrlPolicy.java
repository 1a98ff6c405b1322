package org.artofthepossible.toolkit.validation;

import java.util.List;

/**
 * Which URLs content may use: {@code http}, {@code https}, {@code mailto}, and relative URLs.
 * Everything else ({@code javascript:}, {@code data:}, {@code vbscript:}, unknown schemes) is
 * refused.
 *
 * <p>Browsers ignore ASCII tabs, line breaks and other control characters inside a scheme, so
 * {@code "java\tscript:"} runs as {@code javascript:}; this policy removes them, and leading
 * spaces, before it reads the scheme, and refuses a character reference ({@code &#...;}) before the
 * first colon, which a decoder could turn into a scheme. The validator and the renderers share this
 * one policy.
 */
public final class UrlPolicy {
    private static final List<String> ALLOWED_SCHEMES = List.of("http", "https", "mailto");

    private UrlPolicy() {}

    /**
     * Tells whether content may link to {@code url}.
     *
     * @param url the URL as written in the content
     * @return true for http, https and mailto URLs and for relative URLs
     */
    public static boolean isAllowed(String url) {
        // One pass up to the first colon, skipping what browsers skip; nothing is copied, since
        // every link of every page comes through here.
        int length = url.length();
        boolean reference = false;
        for (int i = 0; i < length; i++) {
            char c = url.charAt(i);
            if (isIgnored(c)) {
                continue;
            }
            if (c == ':') {
                // A character reference before the colon ("jav&#x09;ascript:") turns into a
                // scheme once something decodes it; content URLs never need one there.
                return !reference && isAllowedScheme(url, i);
            }
            if (c == '&') {
                reference = true;
            } else if (c == '/' || c == '?' || c == '#') {
                // A colon after this is part of a relative URL, which is refused only for a
                // reference before it: the rest is searched at once (most links stop here).
                int colon = url.indexOf(':', i + 1);
                if (colon < 0) {
                    return true;
                }
                if (reference) {
                    return false;
                }
                int ampersand = url.indexOf('&', i + 1);
                return ampersand < 0 || ampersand > colon;
            }
        }
        return true; // no colon: a relative URL
    }

    /** Control characters, spaces and DEL, which browsers drop from a scheme. */
    private static boolean isIgnored(char c) {
        return c <= ' ' || c == 0x7f;
    }

    private static boolean isAllowedScheme(String url, int colon) {
        for (String scheme : ALLOWED_SCHEMES) {
            if (schemeIs(url, colon, scheme)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the characters before the colon, ignored ones left out, spell {@code scheme}. */
    private static boolean schemeIs(String url, int colon, String scheme) {
        int next = 0;
        for (int i = 0; i < colon; i++) {
            char c = url.charAt(i);
            if (isIgnored(c)) {
                continue;
            }
            char lower = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
            if (next == scheme.length() || lower != scheme.charAt(next)) {
                return false;
            }
            next++;
        }
        return next == scheme.length();
    }
}
