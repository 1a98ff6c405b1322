package org.artofthepossible.toolkit.render.html.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.artofthepossible.toolkit.CleanUrls;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Money;

/** What every part of one render needs: the snapshot, the options, labels and formats. */
final class PageContext {
    /** Stands for the argument of a label while it is split around it; never in a label. */
    private static final String ARGUMENT = "\0";

    // Sized in the markup too, so an icon stays small where no stylesheet loads.
    private static final Markup.Tag ICON =
            new Markup.Tag(
                    "svg",
                    "class",
                    "toolkit-icon",
                    "width",
                    "16",
                    "height",
                    "16",
                    "aria-hidden",
                    "true",
                    "focusable",
                    "false");
    private static final Markup.Tag ICON_USE = Markup.Tag.endingWith("use", "href");

    final Toolkit toolkit;
    final RenderOptions options;
    final List<Locale> chain;
    private final Set<String> icons = new LinkedHashSet<>();
    final Labels labels;
    final LinkResolver links;
    private final Locale formatLocale;

    PageContext(Toolkit toolkit, RenderOptions options) {
        this.toolkit = toolkit;
        this.options = options;
        this.chain = toolkit.fallbackChain(options.locale());
        this.labels = Labels.of(options.locale());
        this.links = options.links();
        Locale locale = options.locale();
        // The toolkit is British: plain English gets British dates and numbers.
        this.formatLocale =
                locale.getLanguage().equals("en") && locale.getCountry().isEmpty()
                        ? Locale.UK
                        : locale;
    }

    /**
     * Writes an icon from the page's sprite, hidden from assistive technology since a text label
     * always stands beside it. Only whole pages carry the sprite, so fragments get no icons.
     */
    void icon(Markup html, String name) {
        if (options.mode() == RenderOptions.Mode.DOCUMENT) {
            Icons.symbol(name); // an icon the renderer does not have fails here, not in a browser
            icons.add(name);
            html.open(ICON)
                    .open(ICON_USE, "#toolkit-icon-" + name)
                    .close("use")
                    .close("svg")
                    .text(" ");
        }
    }

    /** The icons this page shows, in the order it first shows them, for its sprite. */
    Set<String> icons() {
        return icons;
    }

    Locale locale() {
        return options.locale();
    }

    /** The label of a term in the reader's locale, or its id when the term is not declared. */
    String termLabel(String vocabulary, String term) {
        return toolkit.term(vocabulary, term).map(t -> t.label().resolve(chain)).orElse(term);
    }

    /**
     * Writes a term's label, marked with its language when the term has no label in the reader's
     * and another language's stands in.
     */
    void term(Markup html, String vocabulary, String term) {
        text(
                html,
                termLabel(vocabulary, term),
                toolkit.term(vocabulary, term).map(t -> lang(t.label())).orElse(null));
    }

    /**
     * The language tag of a content item, when it is not the page's language (a fallback stands in
     * for a missing translation); otherwise null, so that the attribute is left out.
     */
    String lang(ContentItem item) {
        return otherLanguage(item.locale());
    }

    /** The language tag of the text the reader is shown, when it is not the page's; else null. */
    String lang(LocalizedText text) {
        return otherLanguage(text.resolvedLocale(chain));
    }

    private String otherLanguage(Locale shown) {
        return shown.getLanguage().equals(locale().getLanguage()) ? null : shown.toLanguageTag();
    }

    /** Writes text, in a span that names its language when that is not the page's (null). */
    static void text(Markup html, String text, String lang) {
        if (lang == null) {
            html.text(text);
        } else {
            html.element("span", text, "lang", lang);
        }
    }

    /**
     * Writes a label whose one argument is content text, such as "Read the answer: {0}", with the
     * content marked with its language when that is not the page's (null).
     */
    void labelled(Markup html, String key, String content, String lang) {
        if (lang == null) {
            html.text(labels.format(key, content));
            return;
        }
        String pattern = labels.format(key, ARGUMENT);
        int from = 0;
        for (int at = pattern.indexOf(ARGUMENT); at >= 0; at = pattern.indexOf(ARGUMENT, from)) {
            html.text(pattern.substring(from, at)).element("span", content, "lang", lang);
            from = at + ARGUMENT.length();
        }
        html.text(pattern.substring(from));
    }

    /**
     * Says, above content shown in another language than the page's, which language that is: a
     * Welsh reader of an English-only item learns it is not a translation missing by mistake.
     */
    void contentLanguageNotice(Markup html, String lang) {
        if (lang != null) {
            html.element(
                            "p",
                            labels.format(
                                    "contentLanguage",
                                    Locale.forLanguageTag(lang).getDisplayLanguage(locale())),
                            "class",
                            "toolkit-language-notice")
                    .nl();
        }
    }

    String vocabularyLabel(String vocabulary) {
        return toolkit.vocabulary(vocabulary).map(v -> v.label().resolve(chain)).orElse(vocabulary);
    }

    String toolkitTitle() {
        return toolkit.info().title().resolve(chain);
    }

    /**
     * The language of the text of {@code toolkit.yaml} that has no translations (such as the law's
     * sources), when it is not the page's; else null.
     */
    String toolkitLang() {
        return otherLanguage(toolkit.info().defaultLocale());
    }

    /** The language of the toolkit's title as shown, when it is not the page's; else null. */
    String toolkitTitleLang() {
        return lang(toolkit.info().title());
    }

    /**
     * Markdown to HTML; raw HTML in the source is escaped and unsafe URLs are removed, and a link
     * from the site root to one of the toolkit's pages ({@code /faqs/}, {@code /menu/}) becomes the
     * link resolver's, so that it works wherever the host serves the page.
     */
    String markdown(String source) {
        return MarkdownHtml.render(source, this::siteLink);
    }

    private String siteLink(String destination) {
        int hash = destination.indexOf('#');
        String fragment = hash < 0 ? "" : destination.substring(hash);
        String rest = hash < 0 ? destination : destination.substring(0, hash);
        int question = rest.indexOf('?');
        String path = question < 0 ? rest : rest.substring(0, question);
        String query = question < 0 ? null : rest.substring(question + 1);
        return CleanUrls.view(path, query, toolkit, locale())
                .map(view -> href(view, links) + fragment)
                .orElse(destination);
    }

    /**
     * The URL a resolver gives a view a clean URL shows: this page's own resolver for its links,
     * another language's for the page in that language.
     */
    String href(View view, LinkResolver resolver) {
        if (view instanceof View.ItemView item) {
            return resolver.href(toolkit.requireItem(item.id(), locale()));
        }
        if (view instanceof View.ListView list) {
            return resolver.listHref(list.type(), list.filter(), locale());
        }
        if (view instanceof View.AccessibilityView) {
            return resolver.accessibilityHref();
        }
        return view instanceof View.MenuView ? resolver.menuHref() : resolver.homeHref();
    }

    String date(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                .withLocale(formatLocale)
                .format(date);
    }

    String money(Money money) {
        NumberFormat format = NumberFormat.getCurrencyInstance(formatLocale);
        format.setCurrency(money.currency());
        if (money.amount().stripTrailingZeros().scale() <= 0) {
            format.setMaximumFractionDigits(0);
        }
        return format.format(money.amount());
    }

    String number(long value) {
        return NumberFormat.getIntegerInstance(formatLocale).format(value);
    }
}
