package org.artofthepossible.toolkit.render.html.internal;

import java.text.MessageFormat;
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

    private final ResourceBundle bundle;
    private final Locale locale;
    // One render uses one Labels on one thread, and asks for the same few patterns again and
    // again (every list entry's link text); MessageFormat is costly to build.
    private final Map<String, MessageFormat> formats = new HashMap<>();

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

    String get(String key) {
        return bundle.getString(key);
    }

    /** A label with arguments; its pattern follows {@link MessageFormat}. */
    String format(String key, Object... arguments) {
        return formats.computeIfAbsent(key, k -> new MessageFormat(bundle.getString(k), locale))
                .format(arguments);
    }
}
