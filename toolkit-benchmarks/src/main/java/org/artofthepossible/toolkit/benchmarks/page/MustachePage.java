package org.artofthepossible.toolkit.benchmarks.page;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.owasp.encoder.Encode;

/**
 * The template baseline: a case-study page from {@code case-study.mustache} with Mustache.java,
 * every value through the OWASP encoder as in the other writers.
 */
public final class MustachePage {
    private final Mustache template;

    /** Compiles the template once. */
    public MustachePage() {
        var factory =
                new DefaultMustacheFactory("org/artofthepossible/toolkit/benchmarks/page") {
                    @Override
                    public void encode(String value, Writer writer) {
                        try {
                            Encode.forHtml(writer, value);
                        } catch (IOException e) {
                            throw new UncheckedIOException(e);
                        }
                    }
                };
        template = factory.compile("case-study.mustache");
    }

    /**
     * Writes the page.
     *
     * @param page its strings
     * @return the whole HTML document
     */
    public String write(CaseStudyPage page) {
        var out = new StringWriter(16 * 1024);
        template.execute(out, page);
        return out.toString();
    }
}
