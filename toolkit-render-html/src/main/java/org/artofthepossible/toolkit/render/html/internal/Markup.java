package org.artofthepossible.toolkit.render.html.internal;

import org.artofthepossible.toolkit.render.html.HtmlWriter;
import org.artofthepossible.toolkit.validation.UrlPolicy;

/**
 * Writes HTML where every text and attribute value goes through the OWASP Java Encoder ({@link
 * Escaper}) and every URL through the toolkit's {@link UrlPolicy}. Tag and attribute names are this
 * module's own constants, never content. The only way to add markup unescaped is {@link #trusted},
 * for the output of the Markdown renderer, which escapes raw HTML itself.
 */
final class Markup implements HtmlWriter {
    private final StringBuilder out;
    private final Escaper escaper;
    private final Theme theme;

    Markup(int capacity, Theme theme) {
        this(utf16Builder(capacity), theme);
    }

    private Markup(StringBuilder out, Theme theme) {
        this.out = out;
        this.escaper = new Escaper(out);
        this.theme = theme;
    }

    /**
     * Pages hold text beyond Latin-1 (a curly quote, a dash) within their first lines, which turned
     * a builder of Latin-1 bytes into one of UTF-16 chars: a second buffer, twice the size, and a
     * copy of all written so far. Builders start as UTF-16 instead.
     */
    private static StringBuilder utf16Builder(int capacity) {
        StringBuilder out = new StringBuilder(1).append('\u0100');
        out.setLength(0);
        out.ensureCapacity(capacity);
        return out;
    }

    /** The largest builder, in chars, a thread keeps for its next page. */
    private static final int KEPT_CAPACITY = 64 * 1024;

    /**
     * Each thread's builder of its last page, free for its next one; null while a page is written
     * in it. Only a JDK class: a value of this module's would keep a web application's class loader
     * alive in a container's threads after the application is undeployed.
     */
    private static final ThreadLocal<StringBuilder> SPARE = new ThreadLocal<>();

    /**
     * Markup for a whole page, written into the builder of this thread's last page when it has one
     * free: a new builder's memory is cleared and out of the cache, which for a case study took a
     * twentieth of the page's time. Finish with {@link #page()}.
     */
    static Markup forPage(int capacity, Theme theme) {
        StringBuilder spare = SPARE.get();
        if (spare == null) {
            return new Markup(capacity, theme);
        }
        SPARE.set(null); // a page written while this one is (by an override) gets its own
        spare.setLength(0);
        spare.ensureCapacity(capacity);
        return new Markup(spare, theme);
    }

    /** The page written, leaving its builder to this thread's next page. */
    String page() {
        String page = out.toString();
        if (out.capacity() <= KEPT_CAPACITY) {
            SPARE.set(out);
        }
        return page;
    }

    /** Attributes whose value is a URL, checked against the policy like every link. */
    private static final java.util.Set<String> URL_ATTRIBUTES =
            java.util.Set.of(
                    "href",
                    "src",
                    "action",
                    "formaction",
                    "poster",
                    "cite",
                    "data",
                    "background",
                    "xlink:href",
                    "manifest",
                    "longdesc",
                    "usemap",
                    "ping");

    /** Elements that run or restyle a page: no override may open one. */
    private static final java.util.Set<String> ACTIVE_ELEMENTS =
            java.util.Set.of(
                    "script",
                    "style",
                    "iframe",
                    "frame",
                    "object",
                    "embed",
                    "base",
                    "meta",
                    "link",
                    "template",
                    "svg",
                    "math",
                    "form");

    /**
     * An opening tag whose name and attributes are all this module's constants, such as {@code <sup
     * class="toolkit-cite">}, or all but the value of the last one, such as {@code <a
     * href="#...">}: each theme writes it once, as {@link #open(String, String...)} does, up to
     * that value's quote, and pages append it as it is, without looking up classes or escaping
     * values again.
     */
    static final class Tag {
        final String name;
        private final String[] attributes;

        /** The attribute whose value each page gives, or null for a tag of constant attributes. */
        private final String variable;

        /**
         * @param name the element
         * @param attributes names and values, alternating, as {@link #open(String, String...)}
         *     takes them
         */
        Tag(String name, String... attributes) {
            this(null, name, attributes);
        }

        private Tag(String variable, String name, String... attributes) {
            this.variable = variable;
            this.name = name;
            this.attributes = attributes.clone();
        }

        /**
         * A tag of constant attributes followed by one whose value is given as it is opened, with
         * {@link #open(Tag, String)}; not the class, which the theme writes first.
         *
         * @param name the element
         * @param variable the last attribute's name
         * @param attributes the constant attributes' names and values, alternating
         */
        static Tag endingWith(String name, String variable, String... attributes) {
            if (variable.equals("class")) {
                throw new IllegalArgumentException("a theme writes the class first");
            }
            return new Tag(variable, name, attributes);
        }

        /**
         * This tag as {@code theme} writes it; for a tag ending with a variable attribute, up to
         * and with the quote that opens its value.
         */
        String write(Theme theme) {
            Markup markup = new Markup(64, theme);
            if (variable == null) {
                return markup.open(name, attributes).toString();
            }
            return markup.start(name, attributes)
                    .out
                    .append(' ')
                    .append(variable)
                    .append("=\"")
                    .toString();
        }
    }

    /** Opens a tag without attributes, which the theme may give a class, written once per theme. */
    Markup open(String tag) {
        out.append(theme.opening(tag));
        return this;
    }

    /** Opens a tag of constant attributes as the theme writes it. */
    Markup open(Tag tag) {
        if (tag.variable != null) {
            throw new IllegalArgumentException("<" + tag.name + "> needs its " + tag.variable);
        }
        out.append(theme.opening(tag));
        return this;
    }

    /**
     * Opens a tag {@linkplain Tag#endingWith ending with a variable attribute}, giving its value:
     * the same markup as {@link #open(String, String...)} given all its attributes, the value
     * escaped and, for a URL, checked against the policy.
     */
    Markup open(Tag tag, String value) {
        if (tag.variable == null) {
            throw new IllegalArgumentException("<" + tag.name + "> has no variable attribute");
        }
        if (value == null) {
            return open(tag.name, tag.attributes); // left out, as open leaves out null values
        }
        out.append(theme.opening(tag));
        escaper.attribute(isUrlAttribute(tag.variable) ? safeUrl(value) : value);
        out.append("\">");
        return this;
    }

    /** An element without attributes holding only text. */
    Markup element(String tag, String text) {
        return open(tag).text(text).close(tag);
    }

    /** An element of constant attributes holding only text. */
    Markup element(Tag tag, String text) {
        return open(tag).text(text).close(tag.name);
    }

    /** Opens a tag; {@code attributes} alternate names and values, null values are left out. */
    @Override
    public Markup open(String tag, String... attributes) {
        start(tag, attributes).out.append('>');
        return this;
    }

    /** Writes a tag's opening up to its last attribute, as {@link #open(String, String...)}. */
    private Markup start(String tag, String... attributes) {
        out.append('<').append(tag);
        attributes(tag, null, attributes);
        return this;
    }

    @Override
    public Markup close(String tag) {
        String closing = closing(tag);
        if (closing != null) {
            out.append(closing);
        } else {
            out.append("</").append(tag).append('>');
        }
        return this;
    }

    /** The closing tags pages write most, each appended whole; null for the others. */
    private static String closing(String tag) {
        return switch (tag) {
            case "div" -> "</div>";
            case "li" -> "</li>";
            case "p" -> "</p>";
            case "ul" -> "</ul>";
            case "a" -> "</a>";
            case "dd" -> "</dd>";
            case "dt" -> "</dt>";
            case "sup" -> "</sup>";
            case "span" -> "</span>";
            case "h2" -> "</h2>";
            case "ol" -> "</ol>";
            case "dl" -> "</dl>";
            case "nav" -> "</nav>";
            case "section" -> "</section>";
            default -> null;
        };
    }

    @Override
    public Markup text(String text) {
        escaper.text(text);
        return this;
    }

    /** An element holding only text. */
    @Override
    public Markup element(String tag, String text, String... attributes) {
        return open(tag, attributes).text(text).close(tag);
    }

    /**
     * A link; a URL the policy refuses becomes a link to nowhere ({@code #}), and external links
     * get {@code rel="noopener noreferrer"}.
     */
    @Override
    public Markup link(String url, String text, String... attributes) {
        return openLink(url, attributes).text(text).close("a");
    }

    /** Opens a link as {@link #link} writes it, for content that is more than one text. */
    Markup openLink(String url, String... attributes) {
        String href = safeUrl(url);
        out.append("<a href=\"");
        escaper.attribute(href);
        out.append('"');
        String rel = null;
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i].equals("rel")) {
                rel = attributes[i + 1];
            }
        }
        if (isExternal(href)) {
            rel = rel == null ? "noopener noreferrer" : rel + " noopener noreferrer";
        }
        attribute("rel", rel);
        attributes("a", "rel", attributes);
        out.append('>');
        return this;
    }

    @Override
    public Markup markdown(String markdown) {
        return trusted(MarkdownHtml.render(markdown));
    }

    /** HTML made by the Markdown renderer, which escapes raw HTML and sanitises URLs itself. */
    Markup trusted(String html) {
        out.append(html);
        return this;
    }

    /** Runs a step that writes to this markup, to keep a chain of calls in document order. */
    Markup then(Runnable step) {
        step.run();
        return this;
    }

    Markup nl() {
        out.append('\n');
        return this;
    }

    static String safeUrl(String url) {
        return UrlPolicy.isAllowed(url) ? url : "#";
    }

    static boolean isExternal(String href) {
        return href.startsWith("http:") || href.startsWith("https:") || href.startsWith("//");
    }

    /**
     * Writes the attributes, the class first, with the theme's classes added, leaving out the one
     * named {@code written} (null for none), which the caller writes.
     */
    private void attributes(String tag, String written, String... attributes) {
        String own = null;
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (attributes[i].equals("class")) {
                own = attributes[i + 1];
            }
        }
        attribute("class", theme.classes(tag, own));
        for (int i = 0; i + 1 < attributes.length; i += 2) {
            if (!attributes[i].equals("class") && !attributes[i].equals(written)) {
                attribute(attributes[i], attributes[i + 1]);
            }
        }
    }

    private void attribute(String name, String value) {
        if (value != null) {
            String opening = attributeOpening(name);
            if (opening != null) {
                out.append(opening);
            } else {
                out.append(' ').append(name).append("=\"");
            }
            escaper.attribute(isUrlAttribute(name) ? safeUrl(value) : value);
            out.append('"');
        }
    }

    /** The start of the attributes pages write most, up to the value's quote; null for others. */
    private static String attributeOpening(String name) {
        return switch (name) {
            case "class" -> " class=\"";
            case "lang" -> " lang=\"";
            case "href" -> " href=\"";
            case "rel" -> " rel=\"";
            case "id" -> " id=\"";
            case "aria-label" -> " aria-label=\"";
            default -> null;
        };
    }

    /** Whether an attribute takes a URL; the names this module writes most are decided at once. */
    private static boolean isUrlAttribute(String name) {
        return switch (name) {
            case "class", "id", "lang", "rel", "type", "name", "value", "for", "aria-label" ->
                    false;
            case "href", "src", "action" -> true;
            default -> URL_ATTRIBUTES.contains(name.toLowerCase(java.util.Locale.ROOT));
        };
    }

    /**
     * This markup as a {@link MarkupOverride} writes it: the same escaping and URL checks, and tag
     * and attribute names checked too, since an override's are not this module's constants.
     * Elements and attributes that could run or restyle the page are refused with an {@link
     * IllegalArgumentException}, which fails the render.
     */
    HtmlWriter forOverride() {
        Markup markup = this;
        return new HtmlWriter() {
            @Override
            public HtmlWriter open(String tag, String... attributes) {
                check(tag, attributes);
                markup.open(tag, attributes);
                return this;
            }

            @Override
            public HtmlWriter close(String tag) {
                checkTag(tag);
                markup.close(tag);
                return this;
            }

            @Override
            public HtmlWriter text(String text) {
                markup.text(text);
                return this;
            }

            @Override
            public HtmlWriter element(String tag, String text, String... attributes) {
                check(tag, attributes);
                markup.element(tag, text, attributes);
                return this;
            }

            @Override
            public HtmlWriter link(String url, String text, String... attributes) {
                check("a", attributes);
                markup.link(url, text, attributes);
                return this;
            }

            @Override
            public HtmlWriter markdown(String markdown) {
                markup.markdown(markdown);
                return this;
            }
        };
    }

    private static void check(String tag, String... attributes) {
        checkTag(tag);
        for (int i = 0; i < attributes.length; i += 2) {
            String name = attributes[i];
            String lower = name.toLowerCase(java.util.Locale.ROOT);
            if (!isName(name)
                    || lower.startsWith("on")
                    || lower.equals("style")
                    || lower.equals("srcdoc")
                    || lower.equals("srcset")) {
                throw new IllegalArgumentException(
                        "an HtmlWriter does not write the attribute '"
                                + name
                                + "': event handlers, styles and unchecked URL lists could run"
                                + " or restyle the page");
            }
        }
    }

    private static void checkTag(String tag) {
        if (!isName(tag) || ACTIVE_ELEMENTS.contains(tag.toLowerCase(java.util.Locale.ROOT))) {
            throw new IllegalArgumentException(
                    "an HtmlWriter does not write <" + tag + ">: it could run or restyle the page");
        }
    }

    /** A tag or attribute name: letters, digits, hyphens and one colon, starting with a letter. */
    private static boolean isName(String name) {
        if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
            return false;
        }
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(c >= 'a' && c <= 'z'
                    || c >= 'A' && c <= 'Z'
                    || c >= '0' && c <= '9'
                    || c == '-'
                    || c == ':')) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return out.toString();
    }
}
