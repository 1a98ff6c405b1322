package org.artofthepossible.toolkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

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
}
