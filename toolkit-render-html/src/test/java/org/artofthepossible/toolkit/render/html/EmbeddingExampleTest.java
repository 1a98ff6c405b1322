package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.Rendered;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.junit.jupiter.api.Test;

/** The README's examples, exactly as printed there. */
class EmbeddingExampleTest {
    @Test
    void rendersACaseStudyOfTheBundledToolkitInAFewLines() {
        ToolkitEngine engine = ToolkitEngine.builder().source(BundledToolkit.source()).build();
        Rendered study = engine.render(View.item("plymouth-alliance"), "html");
        String fragment = study.content(); // escaped HTML to place in your page

        assertThat(engine.diagnostics()).isEmpty();
        assertThat(fragment).contains("<article", "The Plymouth Alliance").doesNotContain("<html");
    }

    @Test
    void queriesTheSnapshot() {
        ToolkitEngine engine = ToolkitEngine.builder().source(BundledToolkit.source()).build();

        Toolkit toolkit = engine.toolkit();
        List<CaseStudy> studies = toolkit.list(CaseStudy.class, Locale.ENGLISH);
        List<ContentItem> alliances =
                toolkit.list(
                        ItemType.CASE_STUDY,
                        TermFilter.anyOf(TermRef.of("procurement-route", "alliance-contract")),
                        Locale.ENGLISH);

        assertThat(studies).hasSize(9);
        assertThat(alliances)
                .extracting(ContentItem::id)
                .containsExactly("plymouth-alliance", "one-croydon-alliance");
    }
}
