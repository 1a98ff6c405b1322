package org.artofthepossible.toolkit.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.benchmarks.page.CaseStudyPage;
import org.artofthepossible.toolkit.benchmarks.page.HandWrittenPage;
import org.artofthepossible.toolkit.benchmarks.page.MustachePage;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.junit.jupiter.api.Test;

/** The baselines of {@link HtmlPageBenchmark} write exactly what the html renderer writes. */
class CaseStudyPageTest {
    private final Toolkit toolkit =
            ToolkitEngine.builder().source(BundledToolkit.source()).build().toolkit();

    @Test
    void bothBaselinesWriteTheRenderersBytes() {
        CaseStudy study =
                toolkit.item(CaseStudy.class, HtmlPageBenchmark.STUDY, Locale.ENGLISH)
                        .orElseThrow();
        String rendered =
                HtmlPageBenchmark.htmlRenderer()
                        .render(View.item(study.id()), toolkit, HtmlPageBenchmark.PAGE);
        CaseStudyPage page = CaseStudyPage.of(toolkit, study);

        assertThat(rendered).contains("Sources disagree on Value:", "toolkit-icon-play");
        assertThat(HandWrittenPage.write(page)).isEqualTo(rendered);
        assertThat(new MustachePage().write(page)).isEqualTo(rendered);
    }
}
