package org.artofthepossible.toolkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.artofthepossible.toolkit.ShortStrings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UrlPolicyTest {
    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://e3m.org.uk/",
                "http://example.org",
                "HTTPS://EXAMPLE.ORG",
                "mailto:a@b.org",
                "/case-studies/oldham/",
                "oldham/",
                "#top",
                "?q=a:b",
                "a/b:c",
                "//example.org/x",
                ""
            })
    void allowsWebAndRelativeUrls(String url) {
        assertThat(UrlPolicy.isAllowed(url)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "javascript:alert(1)",
                "JaVaScRiPt:alert(1)",
                " javascript:alert(1)",
                "java\tscript:alert(1)",
                "java\nscript:x",
                "java\u0000script:x",
                "\u0001javascript:x",
                "vbscript:msgbox",
                "data:text/html,x",
                "DATA:image/svg+xml,x",
                "file:///etc/passwd",
                "ftp://example.org",
                "jav&#x09;ascript:x"
            })
    void refusesEveryOtherScheme(String url) {
        assertThat(UrlPolicy.isAllowed(url)).isFalse();
    }

    @Test
    void decidesEveryShortUrlAsThePolicyIsStated() {
        char[] alphabet = {'h', 'T', 'p', 's', 'j', ':', '/', '?', '#', '&', ' ', '\t', 0x7f, 'İ'};
        List<String> urls = new ArrayList<>(ShortStrings.upTo(alphabet, 5));
        urls.addAll(
                List.of("http:", "HtTpS:x", "mai\tlto:x", "h\u0000ttp:x", "https&:x", "java:x"));
        for (String url : urls) {
            assertThat(UrlPolicy.isAllowed(url)).as("'%s'", url).isEqualTo(asStated(url));
        }
    }

    /**
     * The policy as its documentation states it, written for clarity rather than speed: drop
     * control characters and spaces; refuse a character reference before the first colon; a URL
     * whose first of ":/?#" is not a colon is relative; else its scheme must be allowed.
     */
    private static boolean asStated(String url) {
        String text = url.replaceAll("[\\x00-\\x20\\x7f]", "");
        int colon = text.indexOf(':');
        if (colon >= 0 && text.substring(0, colon).contains("&")) {
            return false;
        }
        var delimiter = java.util.regex.Pattern.compile("[:/?#]").matcher(text);
        if (!delimiter.find() || delimiter.group().charAt(0) != ':') {
            return true;
        }
        String scheme = text.substring(0, delimiter.start());
        return scheme.matches("(?i:https?|mailto)") && scheme.chars().allMatch(c -> c < 128);
    }
}
