package org.artofthepossible.toolkit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A constant tag, and a tag opened without attributes, come out in every theme exactly as the
 * general {@code open(name, attributes...)} writes them, theme classes, escaping and URL policy
 * included, and each theme writes each of them once.
 */
class MarkupTagTest {
    private static final List<Theme> THEMES = List.of(Theme.DEFAULT, Theme.GOVUK);

    @Test
    void writesWhatTheGeneralOpenWrites() {
        String[][] tags = {
            {"li"},
            {"p"},
            {"dd"},
            {"div", "class", "toolkit-fact"},
            {"sup", "class", "toolkit-cite"},
            {"li", "class", "toolkit-crumb", "aria-current", "page"},
            {"a", "class", "toolkit-skip-link", "href", "#toolkit-main"},
            {"a", "href", "javascript:alert(1)"},
            {"p", "title", "<\"quoted\" & 'single'>"}
        };
        for (Theme theme : THEMES) {
            for (String[] tag : tags) {
                String[] attributes = Arrays.copyOfRange(tag, 1, tag.length);
                String general = new Markup(64, theme).open(tag[0], attributes).toString();
                String constant =
                        new Markup(64, theme).open(new Markup.Tag(tag[0], attributes)).toString();
                assertThat(constant)
                        .as("%s in %s", String.join(" ", tag), theme.id())
                        .isEqualTo(general);
                if (attributes.length == 0) {
                    assertThat(new Markup(64, theme).open(tag[0]).toString())
                            .as("<%s> in %s", tag[0], theme.id())
                            .isEqualTo(general);
                }
            }
        }
        assertThat(new Markup(64, Theme.DEFAULT).open("p").toString()).isEqualTo("<p>");
        assertThat(new Markup(64, Theme.GOVUK).open("p").toString())
                .isEqualTo("<p class=\"govuk-body\">");
    }

    @Test
    void eachThemeWritesATagOnce() {
        var tag = new Markup.Tag("div", "class", "toolkit-fact");
        for (Theme theme : THEMES) {
            assertThat(theme.opening(tag)).isSameAs(theme.opening(tag));
            assertThat(theme.opening("p")).isSameAs(theme.opening("p"));
        }
    }
}
