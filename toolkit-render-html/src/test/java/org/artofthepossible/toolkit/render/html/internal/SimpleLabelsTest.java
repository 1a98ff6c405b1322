package org.artofthepossible.toolkit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.SimpleFormatter;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/**
 * Labels whose arguments are all plain {@code {n}} are written by ICU's {@link SimpleFormatter}
 * when given text: each must read exactly as ICU's {@link MessageFormat} writes it, apostrophes and
 * all, and every other pattern must be left to MessageFormat.
 */
class SimpleLabelsTest {
    /** Arguments that a pattern must pass through untouched: quotes, braces, markup. */
    private static final List<String> TRICKY =
            List.of("it's", "'{0}'", "{1}", "<b>&amp;</b>", "''", "Caerdydd", "", "{", "#");

    @Test
    void everyLabelReadsAsMessageFormatWritesIt() {
        int simple = 0;
        for (String language : List.of("en", "cy")) {
            Locale locale = Locale.forLanguageTag(language);
            ResourceBundle bundle =
                    ResourceBundle.getBundle(
                            Labels.BUNDLE, language.equals("en") ? Locale.ROOT : locale);
            Labels labels = Labels.of(locale);
            for (String key : bundle.keySet()) {
                String pattern = bundle.getString(key);
                if (Labels.simpleFormatter(pattern) == null) {
                    continue;
                }
                simple++;
                for (String argument : TRICKY) {
                    Object[] arguments = {argument, argument + "2", argument + "3"};
                    assertThat(labels.format(key, arguments))
                            .as("%s %s with %s", language, key, argument)
                            .isEqualTo(messageFormat(pattern, locale, arguments));
                }
            }
        }
        assertThat(simple).as("labels with plain arguments in both languages").isGreaterThan(20);
    }

    @Test
    void quotingIsReadAsMessageFormatReadsIt() {
        for (String pattern :
                List.of(
                        "{0}",
                        "it''s {0}",
                        "it's {0}",
                        "'{0}' is {1}",
                        "'{'{0}'}'",
                        "{0}''{1}",
                        "a ' b {0} c '' d",
                        "{1} then {0} then {1}",
                        "'#{0}|'",
                        "no arguments, it's plain")) {
            assertThat(Labels.simpleFormatter(pattern)).as(pattern).isNotNull();
            for (String argument : TRICKY) {
                Object[] arguments = {argument, "[" + argument + "]"};
                assertThat(Labels.simpleFormatter(pattern).format(argument, "[" + argument + "]"))
                        .as("%s with %s", pattern, argument)
                        .isEqualTo(messageFormat(pattern, Locale.ENGLISH, arguments));
            }
        }
    }

    @Test
    void patternsWithTypesStylesOrNamesAreLeftToMessageFormat() {
        for (String pattern :
                List.of(
                        "{0, number}",
                        "{0,plural, one{# year} other{# years}}",
                        "{0, select, a{A} other{B}}",
                        "{0, date, short}",
                        "{name}",
                        "{ 0 }")) {
            assertThat(Labels.simpleFormatter(pattern)).as(pattern).isNull();
        }
    }

    @Test
    void aLabelGivenFewerArgumentsThanItNamesIsWrittenAsMessageFormatWritesIt() {
        Labels labels = Labels.of(Locale.ENGLISH);
        ResourceBundle bundle = ResourceBundle.getBundle(Labels.BUNDLE, Locale.ROOT);
        String key =
                bundle.keySet().stream()
                        .filter(k -> bundle.getString(k).contains("{1}"))
                        .filter(k -> Labels.simpleFormatter(bundle.getString(k)) != null)
                        .findFirst()
                        .orElseThrow();
        assertThat(labels.format(key, "only one"))
                .isEqualTo(messageFormat(bundle.getString(key), Locale.ENGLISH, "only one"));
    }

    private static String messageFormat(String pattern, Locale locale, Object... arguments) {
        return new MessageFormat(pattern, ULocale.forLocale(locale)).format(arguments);
    }
}
