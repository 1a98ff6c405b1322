package org.artofthepossible.toolkit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A constant tag, a tag ending with a variable attribute and a tag opened without attributes come
 * out in every theme exactly as the general {@code open(name, attributes...)} writes them, theme
 * classes, escaping and URL policy included, and each theme writes each of them once; a thread's
 * pages share a builder without sharing text.
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
    void aTagEndingWithAVariableAttributeWritesWhatTheGeneralOpenWrites() {
        String[][] tags = {{"a", "href"}, {"li", "id"}, {"p", "lang", "class", "toolkit-caveat"}};
        String[] values = {
            "#toolkit-source-a",
            "javascript:alert(1)",
            "https://example.org/?a=1&b=2",
            "<\"x\">",
            null
        };
        for (Theme theme : THEMES) {
            for (String[] tag : tags) {
                String[] constant = Arrays.copyOfRange(tag, 2, tag.length);
                var variable = Markup.Tag.endingWith(tag[0], tag[1], constant);
                for (String value : values) {
                    String[] attributes = Arrays.copyOf(constant, constant.length + 2);
                    attributes[constant.length] = tag[1];
                    attributes[constant.length + 1] = value;
                    assertThat(new Markup(64, theme).open(variable, value).toString())
                            .as("%s=%s in %s", String.join(" ", tag), value, theme.id())
                            .isEqualTo(new Markup(64, theme).open(tag[0], attributes).toString());
                }
            }
        }
        assertThat(new Markup(64, Theme.GOVUK).open(Markup.Tag.endingWith("a", "href"), "#x"))
                .hasToString("<a class=\"govuk-link\" href=\"#x\">");
    }

    @Test
    void aTagIsOpenedWithAValueOnlyWhenItEndsWithAVariableAttribute() {
        var markup = new Markup(64, Theme.DEFAULT);
        assertThatIllegalArgumentException()
                .isThrownBy(() -> markup.open(Markup.Tag.endingWith("a", "href")));
        assertThatIllegalArgumentException()
                .isThrownBy(() -> markup.open(new Markup.Tag("a", "href", "#x"), "#y"));
        assertThatIllegalArgumentException().isThrownBy(() -> Markup.Tag.endingWith("p", "class"));
    }

    @Test
    void eachPageOfAThreadStartsEmptyEvenWhileAnotherIsWritten() {
        Markup first = Markup.forPage(16, Theme.DEFAULT).text("a longer first page");
        assertThat(first.page()).isEqualTo("a longer first page");
        Markup outer = Markup.forPage(16, Theme.DEFAULT).text("outer");
        Markup inner = Markup.forPage(16, Theme.DEFAULT).text("inner");
        assertThat(inner.page()).isEqualTo("inner");
        assertThat(outer.text(" page").page()).isEqualTo("outer page");
        assertThat(Markup.forPage(16, Theme.DEFAULT).text("é").page()).isEqualTo("é");
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
