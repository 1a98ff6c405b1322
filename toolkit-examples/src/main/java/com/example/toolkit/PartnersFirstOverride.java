package com.example.toolkit;

import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.render.html.HtmlWriter;
import org.artofthepossible.toolkit.render.html.MarkupOverride;

/**
 * A house layout for case studies: the partners first, then the summary and a link to the full
 * story. Everything goes through {@link HtmlWriter}, which escapes text and checks every URL.
 */
public final class PartnersFirstOverride implements MarkupOverride {
    /**
     * Creates the plugin; found through ServiceLoader, or given to {@code new
     * HtmlRendererProvider(List.of(...))}.
     */
    public PartnersFirstOverride() {}

    private final MarkupOverride delegate =
            MarkupOverride.forItems(
                    ItemType.CASE_STUDY,
                    (html, item, toolkit, options) -> {
                        CaseStudy study = (CaseStudy) item;
                        html.open("article", "class", "partners-first");
                        html.element("h2", study.title());
                        html.open("ul", "class", "partners");
                        for (Organisation partner : study.partners()) {
                            html.element("li", partner.name());
                        }
                        html.close("ul");
                        html.element("p", study.summary());
                        html.link(options.links().href(study), "Read the full story");
                        html.close("article");
                    });

    @Override
    public boolean handles(View view, Toolkit toolkit) {
        return delegate.handles(view, toolkit);
    }

    @Override
    public void write(HtmlWriter html, View view, Toolkit toolkit, RenderOptions options) {
        delegate.write(html, view, toolkit, options);
    }
}
