package org.artofthepossible.toolkit.render.html.internal;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;

/**
 * The words of the markup itself (headings, link texts, landmarks), from the resource bundle of the
 * reader's locale: English, and Welsh ({@code cy}). Other locales get English.
 */
final class Labels {
    private static final String BUNDLE = "org.artofthepossible.toolkit.render.html.internal.labels";

    /**
     * Every pattern parsed once per thread, by locale and key. Parsing a MessageFormat cost a tenth
     * of a case study's page (HtmlPageBenchmark); a MessageFormat is not thread-safe, and a copy of
     * a shared one loses the number format it keeps after its first use, which a tenth of the page
     * then spent looking up again.
     */
    private static final ThreadLocal<Map<Pattern, MessageFormat>> FORMATS =
            ThreadLocal.withInitial(HashMap::new);

    private record Pattern(Locale locale, String key) {}

    private final ResourceBundle bundle;
    private final Locale locale;

    private Labels(ResourceBundle bundle, Locale locale) {
        this.bundle = bundle;
        this.locale = locale;
    }

    private static final Set<String> TRANSLATED = Set.of("cy");

    static Labels of(Locale locale) {
        // Asking for ROOT when there is no translation keeps the lookup from falling back to the
        // JVM's default locale, which would make pages depend on the server's settings. (A
        // ResourceBundle.Control would say the same, but named modules may not pass one.)
        Locale bundleLocale =
                TRANSLATED.contains(locale.getLanguage())
                        ? Locale.forLanguageTag(locale.getLanguage())
                        : Locale.ROOT;
        return new Labels(ResourceBundle.getBundle(BUNDLE, bundleLocale), locale);
    }

    boolean has(String key) {
        return bundle.containsKey(key);
    }

    String get(String key) {
        return bundle.getString(key);
    }

    /**
     * A label with arguments; its pattern follows ICU's {@link MessageFormat}, so that counts take
     * the plural forms CLDR gives the language ({@code {0, plural, one{# year} other{# years}}}):
     * Welsh has six.
     */
    String format(String key, Object... arguments) {
        return FORMATS.get()
                .computeIfAbsent(
                        new Pattern(locale, key),
                        p -> new MessageFormat(bundle.getString(key), ULocale.forLocale(locale)))
                .format(arguments);
    }
}
