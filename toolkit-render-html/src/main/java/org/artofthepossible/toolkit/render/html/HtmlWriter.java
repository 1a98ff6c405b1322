package org.artofthepossible.toolkit.render.html;

/**
 * Writes HTML for a {@link MarkupOverride} with the same safety as the renderer itself: every text
 * and attribute value is escaped by the OWASP Java Encoder, every URL (links and the {@code href},
 * {@code src}, {@code action}, {@code formaction}, {@code poster}, {@code cite} and {@code data}
 * attributes among others) checked against {@link
 * org.artofthepossible.toolkit.validation.UrlPolicy}, a refused URL written as {@code #}, and
 * Markdown rendered with raw HTML escaped. Tag and attribute names should be the caller's own
 * constants; elements that run or restyle a page ({@code script}, {@code style}, {@code iframe},
 * {@code object}, {@code embed}, {@code base}, {@code meta}, {@code link}, {@code template}, {@code
 * svg}, {@code math}, {@code form}), event-handler attributes ({@code on...}), {@code style},
 * {@code srcdoc}, {@code srcset} and malformed names are refused with an {@link
 * IllegalArgumentException}, which fails the render.
 */
public interface HtmlWriter {

    /**
     * Opens an element.
     *
     * @param tag the tag name
     * @param attributes alternating names and values; a null value leaves its attribute out
     * @return this writer
     */
    HtmlWriter open(String tag, String... attributes);

    /**
     * Closes an element.
     *
     * @param tag the tag name
     * @return this writer
     */
    HtmlWriter close(String tag);

    /**
     * Writes escaped text.
     *
     * @param text any text
     * @return this writer
     */
    HtmlWriter text(String text);

    /**
     * Writes an element holding only escaped text.
     *
     * @param tag the tag name
     * @param text any text
     * @param attributes alternating names and values
     * @return this writer
     */
    HtmlWriter element(String tag, String text, String... attributes);

    /**
     * Writes a link; a URL the policy refuses becomes {@code #}, and an external link gets {@code
     * rel="noopener noreferrer"}.
     *
     * @param url the target
     * @param text the link text, which should name where it leads
     * @param attributes alternating names and values
     * @return this writer
     */
    HtmlWriter link(String url, String text, String... attributes);

    /**
     * Writes Markdown as HTML, with raw HTML escaped and unsafe URLs removed.
     *
     * @param markdown Markdown source
     * @return this writer
     */
    HtmlWriter markdown(String markdown);
}
