package org.artofthepossible.toolkit.validation;

import java.util.Locale;
import java.util.Set;

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
    private static final Set<String> ALLOWED_SCHEMES = Set.of("http", "https", "mailto");

    private UrlPolicy() {}

    /**
     * Tells whether content may link to {@code url}.
     *
     * @param url the URL as written in the content
     * @return true for http, https and mailto URLs and for relative URLs
     */
    public static boolean isAllowed(String url) {
        var cleaned = new StringBuilder(url.length());
        for (int i = 0; i < url.length(); i++) {
            char c = url.charAt(i);
            if (c > ' ' && c != 0x7f) {
                cleaned.append(c);
            }
        }
        String text = cleaned.toString();
        int end = firstOf(text, ":/?#");
        int colon = text.indexOf(':');
        if (colon >= 0 && text.lastIndexOf('&', colon) >= 0) {
            // A character reference before the colon ("jav&#x09;ascript:") turns into a scheme
            // once something decodes it; content URLs never need one there.
            return false;
        }
        if (end < 0 || text.charAt(end) != ':') {
            return true; // no scheme: a relative URL
        }
        return ALLOWED_SCHEMES.contains(text.substring(0, end).toLowerCase(Locale.ROOT));
    }

    private static int firstOf(String text, String chars) {
        for (int i = 0; i < text.length(); i++) {
            if (chars.indexOf(text.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
