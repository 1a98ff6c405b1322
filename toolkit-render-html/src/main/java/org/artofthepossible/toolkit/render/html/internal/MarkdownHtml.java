package org.artofthepossible.toolkit.render.html.internal;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.artofthepossible.toolkit.validation.ControlCharacter;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.Block;
import org.commonmark.node.Code;
import org.commonmark.node.Link;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/**
 * Markdown to HTML with commonmark-java: raw HTML in the source is escaped and unsafe URLs are
 * removed. Parser and renderer are immutable and shared across threads, as commonmark allows.
 *
 * <p>Nesting is bounded: below {@value #MAX_DEPTH} levels (quotes in quotes, lists in lists,
 * emphasis in emphasis) the rest of a block is written as plain text. The renderer walks the tree
 * recursively, so this also bounds the stack one page can take; {@link MarkdownRuleProvider} warns
 * the author of every such place.
 */
public final class MarkdownHtml {
    /** The deepest nesting rendered as written; the page's own markup nests about ten deep. */
    public static final int MAX_DEPTH = 32;

    private static final Parser PARSER =
            Parser.builder().includeSourceSpans(IncludeSourceSpans.BLOCKS).build();

    /**
     * Parses blocks only: the inline source of each paragraph and heading is kept unparsed, as the
     * block's one {@link Text}. A quarter of a full parse for ordinary bodies.
     */
    private static final Parser BLOCK_PARSER =
            Parser.builder()
                    .includeSourceSpans(IncludeSourceSpans.BLOCKS)
                    .inlineParserFactory(
                            context ->
                                    (lines, block) ->
                                            block.appendChild(new Text(lines.getContent())))
                    .build();

    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder()
                    .escapeHtml(true)
                    .sanitizeUrls(true)
                    .urlSanitizer(new PolicyUrlSanitizer())
                    .build();

    private MarkdownHtml() {}

    static String render(String markdown) {
        return render(markdown, UnaryOperator.identity());
    }

    /**
     * Renders Markdown whose links from the site root ({@code [the FAQs](/faqs/)}) are given the
     * host's URL for the same page by {@code siteLinks}; other links are kept as written.
     */
    static String render(String markdown, UnaryOperator<String> siteLinks) {
        // Loaders refuse control characters (control-character); a loader of another party may
        // not, and commonmark passes them through, so none reaches a page from here either.
        Node document = PARSER.parse(withoutControls(markdown));
        flattenTooDeep(document);
        document.accept(
                new AbstractVisitor() {
                    @Override
                    public void visit(Link link) {
                        String destination = link.getDestination();
                        if (destination.startsWith("/") && !destination.startsWith("//")) {
                            link.setDestination(siteLinks.apply(destination));
                        }
                        visitChildren(link);
                    }
                });
        return RENDERER.render(document);
    }

    private static String withoutControls(String markdown) {
        StringBuilder clean = null;
        for (int i = 0; i < markdown.length(); i++) {
            char c = markdown.charAt(i);
            boolean control = ControlCharacter.isForbidden(c);
            if (control && clean == null) {
                clean = new StringBuilder(markdown.length()).append(markdown, 0, i);
            }
            if (clean != null) {
                clean.append(control ? '\uFFFD' : c);
            }
        }
        return clean == null ? markdown : clean.toString();
    }

    /**
     * Finds the first place nested deeper than {@link #MAX_DEPTH}.
     *
     * @param markdown the source
     * @return the zero-based line of that place in the source, or empty when there is none
     */
    public static Optional<Integer> firstTooDeepLine(String markdown) {
        return firstTooDeepLine(markdown, MAX_DEPTH);
    }

    /**
     * Finds the first place at {@code limit} levels that is not plain text. Most bodies are decided
     * from their blocks alone: every level of inline nesting (emphasis, link, image, autolink)
     * opens with one of {@code * _ [ <}, so a paragraph's inlines nest no deeper below it than it
     * has of those characters. Only a body that could reach the limit is parsed in full.
     */
    static Optional<Integer> firstTooDeepLine(String markdown, int limit) {
        if (tooShallowToReach(markdown, limit) || !mayReach(BLOCK_PARSER.parse(markdown), limit)) {
            return Optional.empty();
        }
        return firstTooDeepLineParsingInlines(markdown, limit);
    }

    /**
     * Whether a body is too shallow to reach {@code limit} levels, told from its characters without
     * parsing it, as most bodies are. The containers (quotes, lists and their items) around what a
     * line holds are those its start continues or opens: a quote continues or opens only with a
     * {@code >} there, a list item opens only with a marker there ({@code - + *}, or digits and
     * {@code . )}), adding a list and its item, and continues only past two columns or more of
     * indentation. Every level of inline nesting opens with one of {@code * _ [ <} in the lines of
     * one leaf block, which hold no blank line. A leaf block and its text add two levels more.
     */
    static boolean tooShallowToReach(String markdown, int limit) {
        int mostLevels = 0; // of containers, at the start of any line
        int openers = 0; // since the last blank line
        int mostOpeners = 0;
        int length = markdown.length();
        for (int start = 0; start < length; ) {
            int end = start;
            while (end < length && markdown.charAt(end) != '\n' && markdown.charAt(end) != '\r') {
                end++;
            }
            if (isBlank(markdown, start, end)) {
                openers = 0;
            } else {
                mostLevels = Math.max(mostLevels, containerLevels(markdown, start, end));
                openers += inlineOpeners(markdown, start, end);
                mostOpeners = Math.max(mostOpeners, openers);
                if (mostLevels + mostOpeners + 2 >= limit) {
                    return false;
                }
            }
            boolean crlf =
                    end + 1 < length
                            && markdown.charAt(end) == '\r'
                            && markdown.charAt(end + 1) == '\n';
            start = end + (crlf ? 2 : 1);
        }
        return true;
    }

    /** Whether a line holds nothing but spaces and tabs, as CommonMark counts a blank line. */
    private static boolean isBlank(String text, int start, int end) {
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t') {
                return false;
            }
        }
        return true;
    }

    /**
     * At most how many levels of containers a line's start continues and opens: two for each
     * character that may be a marker, and one for each column of indentation between them (a tab as
     * four, any other control character as one), since a list item takes two columns or more.
     */
    private static int containerLevels(String line, int start, int end) {
        int levels = 0;
        int i = start;
        while (i < end) {
            char c = line.charAt(i);
            if (c <= ' ') {
                levels += c == '\t' ? 4 : 1;
                i++;
            } else if (c == '>' || c == '-' || c == '+' || c == '*') {
                levels += 2;
                i++;
            } else if (c >= '0' && c <= '9') {
                int digits = i;
                while (digits < end && line.charAt(digits) >= '0' && line.charAt(digits) <= '9') {
                    digits++;
                }
                if (digits == end || (line.charAt(digits) != '.' && line.charAt(digits) != ')')) {
                    break;
                }
                levels += 2;
                i = digits + 1;
            } else {
                break;
            }
        }
        return levels;
    }

    /** The same as {@link #firstTooDeepLine(String, int)}, always from a full parse. */
    static Optional<Integer> firstTooDeepLineParsingInlines(String markdown, int limit) {
        List<Node> deep = atDepthLimit(PARSER.parse(markdown), limit, true);
        return deep.isEmpty() ? Optional.empty() : Optional.of(line(deep.get(0)));
    }

    /**
     * Whether a document parsed by {@link #BLOCK_PARSER} may hold a node at {@code limit} levels
     * that is not plain once its inlines are parsed: a block at the limit, or inline source with
     * enough opening characters for containers to nest that deep.
     */
    private static boolean mayReach(Node blocks, int limit) {
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(blocks);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            // A paragraph's text sits one level below it; what nests there is an inline container,
            // each opening with one of those characters below the last.
            if (node instanceof Text text
                    ? depth - 1 + inlineOpeners(text.getLiteral()) >= limit
                    : depth >= limit) {
                return true;
            }
            for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return false;
    }

    /** How many characters of inline source could open a level of nesting. */
    private static int inlineOpeners(String source) {
        return inlineOpeners(source, 0, source.length());
    }

    private static int inlineOpeners(String source, int start, int end) {
        int count = 0;
        for (int i = start; i < end; i++) {
            char c = source.charAt(i);
            if (c == '*' || c == '_' || c == '[' || c == '<') {
                count++;
            }
        }
        return count;
    }

    private static int line(Node node) {
        for (Node at = node; at != null; at = at.getParent()) {
            if (!at.getSourceSpans().isEmpty()) {
                SourceSpan span = at.getSourceSpans().get(0);
                return span.getLineIndex();
            }
        }
        return 0;
    }

    /**
     * The nodes at the depth limit that are not yet plain text, in document order; the walk never
     * goes below the limit, so it costs no more than the part of the tree that is shown as written.
     */
    private static List<Node> atDepthLimit(Node root, int limit, boolean firstOnly) {
        var found = new ArrayList<Node>();
        Deque<Node> nodes = new ArrayDeque<>();
        Deque<Integer> depths = new ArrayDeque<>();
        nodes.push(root);
        depths.push(0);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            int depth = depths.pop();
            if (depth == limit) {
                if (!isPlain(node)) {
                    found.add(node);
                    if (firstOnly) {
                        break;
                    }
                }
                continue;
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
                depths.push(depth + 1);
            }
        }
        return found;
    }

    /** Text, a paragraph of text, or a list item holding one: what flattening leaves. */
    private static boolean isPlain(Node node) {
        Node child = node.getFirstChild();
        if (child == null || node instanceof Text) {
            return true;
        }
        if (child.getNext() != null) {
            return false;
        }
        return (node instanceof Paragraph && child instanceof Text)
                || (node instanceof ListItem && child instanceof Paragraph && isPlain(child));
    }

    private static void flattenTooDeep(Node document) {
        for (Node node : atDepthLimit(document, MAX_DEPTH, false)) {
            String text = textOf(node);
            if (node instanceof ListItem) {
                // A list holds only items: keep the item, flatten what is inside it.
                for (Node child = node.getFirstChild(); child != null; ) {
                    Node next = child.getNext();
                    child.unlink();
                    child = next;
                }
                node.appendChild(paragraph(text));
            } else {
                node.insertBefore(node instanceof Block ? paragraph(text) : new Text(text));
                node.unlink();
            }
        }
    }

    private static Paragraph paragraph(String text) {
        Paragraph paragraph = new Paragraph();
        paragraph.appendChild(new Text(text));
        return paragraph;
    }

    /** The literal text under a node, read without recursion. */
    private static String textOf(Node root) {
        var text = new StringBuilder();
        Deque<Node> nodes = new ArrayDeque<>();
        nodes.push(root);
        while (!nodes.isEmpty()) {
            Node node = nodes.pop();
            if (node instanceof Text t) {
                text.append(t.getLiteral());
            } else if (node instanceof Code c) {
                text.append(c.getLiteral());
            } else if (node instanceof Block && node != root && text.length() > 0) {
                text.append(' ');
            }
            for (Node child = node.getLastChild(); child != null; child = child.getPrevious()) {
                nodes.push(child);
            }
        }
        return text.toString().strip();
    }
}
