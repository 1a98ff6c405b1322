package org.artofthepossible.toolkit.render.html.internal;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with commonmark-java: raw HTML in the source is escaped and unsafe URLs are
 * removed. Parser and renderer are immutable and shared across threads, as commonmark allows.
 */
final class MarkdownHtml {
    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder()
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .urlSanitizer(new PolicyUrlSanitizer())
                    .build();

    private MarkdownHtml() {}

    static String render(String markdown) {
        return RENDERER.render(PARSER.parse(markdown));
    }
}
