package org.artofthepossible.toolkit.render.html.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Queue;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The words of the markup itself (headings, link texts, landmarks), from the resource bundle of the
 * reader's locale: English, and Welsh ({@code cy}). Other locales get English.
 */
final class Labels {
    private static final String BUNDLE = "org.artofthepossible.toolkit.render.html.internal.labels";

    /**
     * Parsed patterns, by locale and key, each a queue of formats not in use. Parsing a
     * MessageFormat cost a tenth of a case study's page (HtmlPageBenchmark), and one is not
     * thread-safe; a copy of a shared one drops the number format and plural rules it finds at its
     * first use, which every label then looked up again. A format is taken from its queue, or
     * parsed when every one is in use, and put back: the queues hold as many formats as threads
     * ever used one at once, and no thread keeps any (a thread-local would keep this module's
     * classes alive in a server's threads after an application is undeployed).
     */
    private static final Map<Pattern, Queue<MessageFormat>> FORMATS = new ConcurrentHashMap<>();

    private record Pattern(Locale locale, String key) {}

    /**
     * Labels formatted, by pattern and arguments (text and whole numbers): pages of one site show
     * the same few again and again (the publisher in every footer, a contract's term of years, the
     * date the law was stated on), and ICU takes about a microsecond to format one. Bounded, since
     * an argument may be a search query.
     */
    private static final Cache<Formatted, String> FORMATTED =
            Caffeine.newBuilder().maximumSize(4_096).executor(Runnable::run).build();

    private record Formatted(Pattern pattern, List<Object> arguments) {}

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
        Pattern pattern = new Pattern(locale, key);
        for (Object argument : arguments) {
            if (!(argument instanceof String
                    || argument instanceof Integer
                    || argument instanceof Long)) {
                return format(pattern, arguments); // kept only by values that never change
            }
        }
        return FORMATTED.get(
                new Formatted(pattern, List.of(arguments)), f -> format(pattern, arguments));
    }

    private String format(Pattern pattern, Object... arguments) {
        Queue<MessageFormat> idle =
                FORMATS.computeIfAbsent(pattern, p -> new ConcurrentLinkedQueue<>());
        MessageFormat format = idle.poll();
        if (format == null) {
            format = new MessageFormat(bundle.getString(pattern.key()), ULocale.forLocale(locale));
        }
        try {
            return format.format(arguments);
        } finally {
            idle.offer(format);
        }
    }
}
