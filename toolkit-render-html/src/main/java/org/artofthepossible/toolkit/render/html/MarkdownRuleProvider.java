package org.artofthepossible.toolkit.render.html;

import java.util.Optional;
import org.artofthepossible.toolkit.render.html.internal.MarkdownHtml;
import org.artofthepossible.toolkit.spi.LoadedItem;
import org.artofthepossible.toolkit.spi.ValidationContext;
import org.artofthepossible.toolkit.spi.ValidationRule;
import org.artofthepossible.toolkit.spi.ValidationRuleProvider;
import org.artofthepossible.toolkit.validation.Diagnostic;
import org.artofthepossible.toolkit.validation.SourceLocation;

/**
 * Warns of Markdown nested deeper than the html renderer writes as it stands, at the body's line,
 * so that {@code validate} tells the author what a page would flatten. Found through {@link
 * java.util.ServiceLoader}; with {@code discoverPlugins(false)} register it with {@code
 * builder.rule(new MarkdownRuleProvider())}.
 */
public final class MarkdownRuleProvider implements ValidationRuleProvider {
    /** Creates the provider; found through {@link java.util.ServiceLoader}. */
    public MarkdownRuleProvider() {}

    @Override
    public String id() {
        return "markdown";
    }

    @Override
    public ValidationRule create() {
        return MarkdownRuleProvider::check;
    }

    private static void check(ValidationContext context) {
        for (LoadedItem loaded : context.items()) {
            String body = loaded.item().metadata().body().markdown();
            if (body.isEmpty()) {
                continue;
            }
            Optional<Integer> line = MarkdownHtml.firstTooDeepLine(body);
            if (line.isEmpty()) {
                continue;
            }
            SourceLocation bodyAt = loaded.locationOf("body");
            Diagnostic warning =
                    Diagnostic.warning(
                            HtmlRendererProvider.MARKDOWN_TOO_DEEP,
                            "the Markdown nests more than "
                                    + MarkdownHtml.MAX_DEPTH
                                    + " levels deep (quotes, lists or emphasis inside each"
                                    + " other); pages show what is deeper as plain text");
            // The place is the nested line, not the body's first line, so this reports it itself.
            context.report(
                    warning.withLocation(
                                    bodyAt.line() > 0
                                            ? SourceLocation.of(
                                                    bodyAt.source(), bodyAt.line() + line.get(), 1)
                                            : bodyAt)
                            .withItem(loaded.item().id())
                            .withField("body"));
        }
    }
}
