package org.artofthepossible.toolkit.test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.artofthepossible.toolkit.validation.UrlPolicy;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The allow-list a rendered page must keep to: known elements only, no script but a JSON-LD block,
 * no form but a GET form (a search) or a form that posts to the site itself (the question form),
 * with text, search, email and hidden inputs, text areas and selects, no event-handler or style
 * attributes, and no URL outside {@link UrlPolicy}. Used by {@link HtmlAssert#hasNoUnsafeMarkup()}
 * and by the HTML renderer's own XSS tests.
 */
public final class HtmlSafety {
    private static final Set<String> ELEMENTS =
            Set.of(
                    "html",
                    "head",
                    "body",
                    "title",
                    "meta",
                    "link",
                    "main",
                    "header",
                    "footer",
                    "nav",
                    "section",
                    "article",
                    "aside",
                    "div",
                    "span",
                    "p",
                    "a",
                    "ul",
                    "ol",
                    "li",
                    "dl",
                    "dt",
                    "dd",
                    "h1",
                    "h2",
                    "h3",
                    "h4",
                    "h5",
                    "h6",
                    "em",
                    "strong",
                    "code",
                    "pre",
                    "blockquote",
                    "hr",
                    "br",
                    "img",
                    "figure",
                    "figcaption",
                    "table",
                    "thead",
                    "tbody",
                    "tr",
                    "th",
                    "td",
                    "details",
                    "summary",
                    "small",
                    "sup",
                    "sub",
                    "abbr",
                    "time",
                    "button",
                    "mark",
                    "form",
                    "label",
                    "input",
                    "textarea",
                    "select",
                    "optgroup",
                    "option",
                    "svg",
                    "use",
                    "path",
                    "symbol",
                    "script");
    private static final Set<String> URL_ATTRIBUTES =
            Set.of(
                    "href",
                    "src",
                    "action",
                    "formaction",
                    "poster",
                    "xlink:href",
                    "cite",
                    "background");
    private static final Set<String> INPUT_TYPES = Set.of("text", "search", "email", "hidden");
    private static final Set<String> FORBIDDEN_ATTRIBUTES = Set.of("style", "srcdoc", "srcset");

    private HtmlSafety() {}

    /**
     * Lists what in a page falls outside the allow-list.
     *
     * @param html a whole page or a fragment
     * @return one line per problem, naming the element; empty when the page is safe
     */
    public static List<String> problems(String html) {
        Document page = Jsoup.parse(html);
        var problems = new ArrayList<String>();
        for (Element element : page.getAllElements()) {
            String tag = element.normalName();
            if (tag.equals("#root")) {
                continue;
            }
            if (!ELEMENTS.contains(tag)) {
                problems.add("element <" + tag + "> is not allowed: " + shorten(element));
            }
            if (tag.equals("script") && !element.attr("type").equals("application/ld+json")) {
                problems.add("a script that is not JSON-LD: " + shorten(element));
            }
            if (tag.equals("form")
                    && !element.attr("method").equalsIgnoreCase("get")
                    && !postsToTheSite(element.attr("action"))) {
                problems.add(
                        "a form that posts somewhere other than the site itself: "
                                + shorten(element));
            }
            if (tag.equals("input") && !INPUT_TYPES.contains(element.attr("type"))) {
                problems.add(
                        "an input that is not text, a search, an email or hidden: "
                                + shorten(element));
            }
            if (tag.equals("meta") && element.hasAttr("http-equiv")) {
                problems.add("a meta http-equiv: " + shorten(element));
            }
            for (Attribute attribute : element.attributes()) {
                String name = attribute.getKey().toLowerCase(Locale.ROOT);
                if (name.startsWith("on")) {
                    problems.add("an event handler attribute " + name + ": " + shorten(element));
                } else if (FORBIDDEN_ATTRIBUTES.contains(name)) {
                    problems.add("attribute " + name + " is not allowed: " + shorten(element));
                } else if (URL_ATTRIBUTES.contains(name)
                        && !UrlPolicy.isAllowed(attribute.getValue())) {
                    problems.add(
                            "a URL with a refused scheme in " + name + ": " + shorten(element));
                }
            }
        }
        return problems;
    }

    /**
     * An action on the page's own site: a path, never a URL with a scheme or a host. Read as a
     * browser reads it (the URL Standard): leading spaces and controls dropped, tabs and newlines
     * dropped anywhere, and a backslash taken for a slash.
     */
    private static boolean postsToTheSite(String action) {
        String url =
                action.replaceAll("^[\\x00-\\x20]+", "")
                        .replaceAll("[\\t\\n\\r]", "")
                        .replace('\\', '/');
        return !url.startsWith("//") && !url.matches("(?s)[a-zA-Z][a-zA-Z0-9+.-]*:.*");
    }

    private static String shorten(Element element) {
        String html = element.outerHtml().replace('\n', ' ');
        return html.length() > 120 ? html.substring(0, 120) + "…" : html;
    }
}
