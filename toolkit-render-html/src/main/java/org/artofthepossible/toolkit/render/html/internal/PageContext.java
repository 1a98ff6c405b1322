package org.artofthepossible.toolkit.render.html.internal;

import java.text.NumberFormat;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.model.Money;

/** What every part of one render needs: the snapshot, the options, labels and formats. */
final class PageContext {
    final Toolkit toolkit;
    final RenderOptions options;
    final List<Locale> chain;
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
            html.open("svg", "class", "toolkit-icon", "aria-hidden", "true", "focusable", "false")
                    .open("use", "href", "#toolkit-icon-" + name)
                    .close("use")
                    .close("svg")
                    .text(" ");
        }
    }

    Locale locale() {
        return options.locale();
    }

    /** The label of a term in the reader's locale, or its id when the term is not declared. */
    String termLabel(String vocabulary, String term) {
        return toolkit.term(vocabulary, term).map(t -> t.label().resolve(chain)).orElse(term);
    }

    String vocabularyLabel(String vocabulary) {
        return toolkit.vocabulary(vocabulary).map(v -> v.label().resolve(chain)).orElse(vocabulary);
    }

    String toolkitTitle() {
        return toolkit.info().title().resolve(chain);
    }

    /** Markdown to HTML; raw HTML in the source is escaped and unsafe URLs are removed. */
    String markdown(String source) {
        return MarkdownHtml.render(source);
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
