package org.artofthepossible.toolkit.render.html.internal;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.text.MessagePattern;
import com.ibm.icu.text.SimpleFormatter;
import com.ibm.icu.util.ULocale;
import java.util.Arrays;
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
    static final String BUNDLE = "org.artofthepossible.toolkit.render.html.internal.labels";

    /**
     * Parsed patterns, by locale and key. Parsing a MessageFormat cost a tenth of a case study's
     * page (HtmlPageBenchmark), and one is not thread-safe; a copy of a shared one drops the number
     * format and plural rules it finds at its first use, which every label then looked up again.
     */
    private static final Map<Pattern, Compiled> PATTERNS = new ConcurrentHashMap<>();

    private record Pattern(Locale locale, String key) {}

    /**
     * A label's pattern, parsed.
     *
     * @param text the pattern
     * @param simple for a pattern whose arguments are all plain {@code {n}}, ICU's formatter of
     *     such patterns, which writes text arguments as MessageFormat does, without its per-call
     *     machinery; otherwise null
     * @param idle MessageFormats of the pattern not in use: one is taken, or parsed when every one
     *     is in use, and put back, so the queue holds as many as threads ever used at once, and no
     *     thread keeps any (a thread-local would keep this module's classes alive in a server's
     *     threads after an application is undeployed)
     */
    private record Compiled(String text, SimpleFormatter simple, Queue<MessageFormat> idle) {}

    /**
     * Labels that only a MessageFormat writes (a count in its plural form, a number), by pattern
     * and arguments (text and whole numbers): pages of one site show the same few again and again
     * (a contract's term of years, a list's count), and ICU takes about a microsecond to format
     * one. Bounded, since an argument may be a search query.
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
        Compiled compiled = PATTERNS.computeIfAbsent(pattern, this::compile);
        boolean text = true;
        for (Object argument : arguments) {
            if (!(argument instanceof String)) {
                text = false;
                if (!(argument instanceof Integer || argument instanceof Long)) {
                    return format(compiled, arguments); // kept only by values that never change
                }
            }
        }
        // A title or a name: different on nearly every page, and quick to write into the pattern.
        if (text
                && compiled.simple() != null
                && arguments.length >= compiled.simple().getArgumentLimit()) {
            return compiled.simple()
                    .format(Arrays.copyOf(arguments, arguments.length, String[].class));
        }
        return FORMATTED.get(
                new Formatted(pattern, List.of(arguments)), f -> format(compiled, arguments));
    }

    private Compiled compile(Pattern pattern) {
        String text = bundle.getString(pattern.key());
        return new Compiled(text, simpleFormatter(text), new ConcurrentLinkedQueue<>());
    }

    /**
     * ICU's formatter of a pattern whose arguments are all plain and numbered ({@code {0}}, no type
     * or style), which writes text arguments as {@link MessageFormat} does, quoting included.
     *
     * @param pattern a MessageFormat pattern
     * @return the formatter, or null for any other pattern
     */
    static SimpleFormatter simpleFormatter(String pattern) {
        MessagePattern parsed = new MessagePattern(pattern);
        for (int i = 0; i < parsed.countParts(); i++) {
            MessagePattern.Part part = parsed.getPart(i);
            if (part.getType() == MessagePattern.Part.Type.ARG_START
                    && part.getArgType() != MessagePattern.ArgType.NONE) {
                return null;
            }
            if (part.getType() == MessagePattern.Part.Type.ARG_NAME) {
                return null;
            }
        }
        try {
            return SimpleFormatter.compile(pattern);
        } catch (IllegalArgumentException e) {
            return null; // an argument MessageFormat reads and ICU's simple syntax does not: { 0 }
        }
    }

    private String format(Compiled compiled, Object... arguments) {
        MessageFormat format = compiled.idle().poll();
        if (format == null) {
            format = new MessageFormat(compiled.text(), ULocale.forLocale(locale));
        }
        try {
            return format.format(arguments);
        } finally {
            compiled.idle().offer(format);
        }
    }
}
