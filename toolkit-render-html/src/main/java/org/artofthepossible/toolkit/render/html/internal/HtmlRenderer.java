package org.artofthepossible.toolkit.render.html.internal;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.Renderer;
import org.artofthepossible.toolkit.validation.UrlPolicy;
import org.commonmark.parser.Parser;
import org.owasp.encoder.Encode;

/**
 * Renders items and lists as HTML. Parser and renderer are immutable and shared across threads, as
 * commonmark-java allows.
 */
public final class HtmlRenderer implements Renderer {
    private static final Parser MARKDOWN = Parser.builder().build();
    private static final org.commonmark.renderer.html.HtmlRenderer MARKDOWN_HTML =
            org.commonmark.renderer.html.HtmlRenderer.builder()
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .urlSanitizer(new PolicyUrlSanitizer())
                    .build();

    @Override
    public String mediaType() {
        return "text/html; charset=utf-8";
    }

    @Override
    public Set<View.Kind> supportedViews() {
        return EnumSet.of(View.Kind.ITEM, View.Kind.LIST);
    }

    @Override
    public String render(View view, Toolkit toolkit, RenderOptions options) {
        var html = new StringBuilder(4096);
        String title;
        String description;
        if (view instanceof View.ItemView itemView) {
            ContentItem item =
                    toolkit.item(itemView.id(), options.locale())
                            .orElseThrow(
                                    () ->
                                            new ToolkitException(
                                                    "no item with id '" + itemView.id() + "'"));
            title = item.title();
            description = item.summary();
            item(html, item, options);
        } else if (view instanceof View.ListView list) {
            title = listHeading(list.type());
            description = toolkit.info().title().resolve(toolkit.fallbackChain(options.locale()));
            list(html, title, toolkit.list(list.type(), list.filter(), options.locale()), options);
        } else {
            throw new IllegalArgumentException("unsupported view " + view);
        }
        return options.mode() == RenderOptions.Mode.DOCUMENT
                ? document(html, title, description, options)
                : html.toString();
    }

    private static void item(StringBuilder html, ContentItem item, RenderOptions options) {
        html.append("<article class=\"toolkit-item toolkit-")
                .append(item.type().id())
                .append("\" lang=\"")
                .append(Encode.forHtmlAttribute(item.locale().toLanguageTag()))
                .append("\">\n<h1>")
                .append(Encode.forHtml(item.title()))
                .append("</h1>\n");
        if (!item.summary().isBlank()) {
            html.append("<p class=\"toolkit-summary\">")
                    .append(Encode.forHtml(item.summary()))
                    .append("</p>\n");
        }
        html.append(MARKDOWN_HTML.render(MARKDOWN.parse(item.metadata().body().markdown())));
        if (!item.metadata().sources().isEmpty()) {
            html.append("<h2>Sources</h2>\n<ul class=\"toolkit-sources\">\n");
            item.metadata()
                    .sources()
                    .forEach(
                            s ->
                                    html.append("<li>")
                                            .append(link(s.url(), s.label()))
                                            .append("</li>\n"));
            html.append("</ul>\n");
        }
        html.append("</article>\n");
    }

    private static void list(
            StringBuilder html, String heading, List<ContentItem> items, RenderOptions options) {
        html.append("<section class=\"toolkit-list\">\n<h2>")
                .append(Encode.forHtml(heading))
                .append("</h2>\n<ul>\n");
        for (ContentItem item : items) {
            html.append("<li>\n<h3>")
                    .append(Encode.forHtml(item.title()))
                    .append("</h3>\n<p>")
                    .append(Encode.forHtml(item.summary()))
                    .append("</p>\n")
                    // The accessible name repeats the title, so a screen reader's list of links
                    // never shows a row of identical "Read more" links.
                    .append(
                            link(
                                    options.links().href(item),
                                    linkText(item.type()) + ": " + item.title()))
                    .append("\n</li>\n");
        }
        html.append("</ul>\n</section>\n");
    }

    private static String link(String url, String text) {
        String href = UrlPolicy.isAllowed(url) ? url : "#";
        String rel = href.startsWith("http") ? " rel=\"noopener noreferrer\"" : "";
        return "<a href=\""
                + Encode.forHtmlAttribute(href)
                + "\""
                + rel
                + ">"
                + Encode.forHtml(text)
                + "</a>";
    }

    private static String document(
            StringBuilder body, String title, String description, RenderOptions options) {
        return "<!DOCTYPE html>\n<html lang=\""
                + Encode.forHtmlAttribute(options.locale().toLanguageTag())
                + "\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<title>"
                + Encode.forHtml(title)
                + "</title>\n<meta name=\"description\" content=\""
                + Encode.forHtmlAttribute(description)
                + "\">\n</head>\n<body>\n<main>\n"
                + body
                + "</main>\n</body>\n</html>\n";
    }

    private static String listHeading(ItemType type) {
        return switch (type) {
            case CASE_STUDY -> "Case studies";
            case FAQ -> "Questions answered";
            case MODEL_DOCUMENT -> "Tools, resources and model documents";
            case PAGE -> "Pages";
        };
    }

    private static String linkText(ItemType type) {
        return switch (type) {
            case CASE_STUDY -> "Full case study";
            case FAQ -> "Answer";
            case MODEL_DOCUMENT -> "Document";
            case PAGE -> "Read";
        };
    }
}
