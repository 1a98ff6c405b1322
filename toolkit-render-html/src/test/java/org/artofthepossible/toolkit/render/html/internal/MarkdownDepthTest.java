package org.artofthepossible.toolkit.render.html.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The nesting check decides most bodies from their blocks alone; it must find exactly what a full
 * parse finds. Shallow limits let short random Markdown reach them, in every construct that nests.
 */
class MarkdownDepthTest {
    private static final String SYNTAX = "*_[]()<>!-+1.`#=\\ \n\n> a\t2)\r";

    @Test
    void findsWhatAFullParseFindsAtEveryShallowLimit() {
        var random = new Random(20261207L);
        int reached = 0;
        for (int i = 0; i < 40_000; i++) {
            var markdown = new StringBuilder();
            int length = 1 + random.nextInt(64);
            for (int j = 0; j < length; j++) {
                markdown.append(SYNTAX.charAt(random.nextInt(SYNTAX.length())));
            }
            reached += findsWhatAFullParseFinds(markdown.toString(), 3 + random.nextInt(4)) ? 1 : 0;
        }
        // The inputs must reach the limit often, or the comparison proves little.
        assertThat(reached).isGreaterThan(1_000);
    }

    @Test
    void findsWhatAFullParseFindsInNestedConstructs() {
        String[] inline = {"*%s*", "_%s_", "**%s**", "__%s__", "[%s](/u)", "![%s](/i)", "a %s b"};
        String[] block = {"> ", "- ", "1. ", "# ", ""};
        var random = new Random(7L);
        for (int i = 0; i < 20_000; i++) {
            String markdown = random.nextBoolean() ? "<https://example.org/a>" : "x";
            for (int level = random.nextInt(7); level > 0; level--) {
                markdown = inline[random.nextInt(inline.length)].formatted(markdown);
            }
            for (int level = random.nextInt(5); level > 0; level--) {
                markdown = block[random.nextInt(block.length)] + markdown;
            }
            findsWhatAFullParseFinds(markdown, 2 + random.nextInt(8));
        }
    }

    /** Lines whose indentation continues the lists and quotes of the lines before them. */
    @Test
    void findsWhatAFullParseFindsInIndentedLines() {
        String[] indents = {"", " ", "  ", "   ", "    ", "\t", "  \t", "      "};
        String[] markers = {"", "- ", "* ", "+ ", "1. ", "2) ", "> ", ">", "-", "- > ", "1.  "};
        String[] texts = {"a", "*a*", "[a](/u)", "**_a_**", "", "`a`", "<b>"};
        var random = new Random(11L);
        int reached = 0;
        for (int i = 0; i < 20_000; i++) {
            var markdown = new StringBuilder();
            for (int line = 1 + random.nextInt(6); line > 0; line--) {
                markdown.append(indents[random.nextInt(indents.length)])
                        .append(markers[random.nextInt(markers.length)])
                        .append(markers[random.nextInt(markers.length)])
                        .append(texts[random.nextInt(texts.length)])
                        .append(random.nextInt(5) == 0 ? "\n\n" : "\n");
            }
            reached += findsWhatAFullParseFinds(markdown.toString(), 3 + random.nextInt(6)) ? 1 : 0;
        }
        assertThat(reached).isGreaterThan(1_000);
    }

    /** Checks the nesting check against a full parse; tells whether the body reached the limit. */
    private static boolean findsWhatAFullParseFinds(String markdown, int limit) {
        var expected = MarkdownHtml.firstTooDeepLineParsingInlines(markdown, limit);
        assertThat(MarkdownHtml.firstTooDeepLine(markdown, limit))
                .as("%s at limit %d", markdown, limit)
                .isEqualTo(expected);
        return expected.isPresent();
    }

    @Test
    void findsNestingInQuotesListsAndEmphasis() {
        assertThat(MarkdownHtml.firstTooDeepLine("> ".repeat(40) + "deep")).contains(0);
        assertThat(MarkdownHtml.firstTooDeepLine("intro\n\n" + "- ".repeat(20) + "deep"))
                .contains(2);
        assertThat(MarkdownHtml.firstTooDeepLine("*".repeat(80) + "x" + "*".repeat(80)))
                .isPresent();
        assertThat(MarkdownHtml.firstTooDeepLine("A **plain** [report](https://example.org).\n"))
                .isEmpty();
    }

    /** Parsing a body only to find it shallow was most of what checking it cost. */
    @Test
    void decidesOrdinaryBodiesWithoutParsingThem() throws IOException {
        int decided = 0;
        int bodies = 0;
        try (Stream<Path> files = Files.walk(BUNDLED)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".md")).toList()) {
                String text = Files.readString(file);
                String body = text.substring(text.indexOf("\n---", 3) + 4);
                bodies++;
                decided += MarkdownHtml.tooShallowToReach(body, MarkdownHtml.MAX_DEPTH) ? 1 : 0;
            }
        }
        assertThat(bodies).isGreaterThan(20);
        assertThat(decided).isEqualTo(bodies);
        assertThat(MarkdownHtml.tooShallowToReach("> ".repeat(15) + "deep", 32)).isFalse();
        assertThat(MarkdownHtml.tooShallowToReach("1) ".repeat(15) + "deep", 32)).isFalse();
        assertThat(MarkdownHtml.tooShallowToReach("*".repeat(31), 32)).isFalse();
        assertThat(MarkdownHtml.tooShallowToReach("*a*\n\n".repeat(40), 32)).isTrue();
        assertThat(MarkdownHtml.tooShallowToReach("- a\n".repeat(40), 32)).isTrue();
        assertThat(MarkdownHtml.tooShallowToReach("- a\n" + "  ".repeat(14) + "- b", 32)).isFalse();
    }

    private static final Path BUNDLED =
            Path.of("../toolkit-content/src/main/resources/toolkit-content/e3m");
}
