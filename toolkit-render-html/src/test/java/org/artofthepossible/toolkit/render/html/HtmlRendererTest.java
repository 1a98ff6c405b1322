package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.UnsupportedViewException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.Link;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final String HOSTILE = "<script>alert(1)</script>\"'&";

    private static ToolkitEngine engine(String title, String summary, String body) {
        var kinds =
                new Vocabulary(
                        Vocabulary.ORGANISATION_KIND,
                        LocalizedText.of(Locale.ENGLISH, "Kinds"),
                        List.of(Term.of("charity", LocalizedText.of(Locale.ENGLISH, "Charity"))));
        CaseStudy study =
                CaseStudy.builder(
                                ItemMetadata.builder("plymouth-alliance", title)
                                        .summary(summary)
                                        .body(body)
                                        .source(Link.of("E3M", "https://e3m.org.uk/"))
                                        .build())
                        .partner(Organisation.of("Partner", "charity"))
                        .build();
        LoadedContent content =
                LoadedContent.builder()
                        .info(ToolkitInfo.of("Toolkit", "E3M", Locale.ENGLISH))
                        .vocabulary(kinds)
                        .item(study)
                        .build();
        // Found through ServiceLoader, as an embedding application finds it.
        return ToolkitEngine.builder().source(ContentSource.of("test", content)).build();
    }

    @Test
    void isDiscoveredAndRendersACaseStudyFragment() {
        ToolkitEngine engine =
                engine("The Plymouth Alliance", "A ten-year alliance.", "It *works*.");

        String html = engine.render(View.item("plymouth-alliance"), "html").content();

        assertThat(engine.plugins().formats()).contains("html");
        assertThat(html)
                .isEqualTo(
                        """
                        <article class="toolkit-item toolkit-case-study" lang="en">
                        <h1>The Plymouth Alliance</h1>
                        <p class="toolkit-summary">A ten-year alliance.</p>
                        <p>It <em>works</em>.</p>
                        <h2>Sources</h2>
                        <ul class="toolkit-sources">
                        <li><a href="https://e3m.org.uk/" rel="noopener noreferrer">E3M</a></li>
                        </ul>
                        </article>
                        """);
    }

    @Test
    void listLinksNameTheItemSoNoTwoLinksReadAlike() {
        String html =
                engine("The Plymouth Alliance", "A ten-year alliance.", "")
                        .render(View.list(ItemType.CASE_STUDY), "html")
                        .content();

        assertThat(html)
                .contains(
                        "<a href=\"/case-studies/plymouth-alliance/\">Full case study: The Plymouth"
                                + " Alliance</a>");
    }

    @Test
    void escapesTextAndRawHtmlAndDropsDangerousLinks() {
        String html =
                engine(
                                HOSTILE,
                                HOSTILE,
                                "<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](JAVA\tSCRIPT:alert(2))")
                        .render(View.item("plymouth-alliance"), "html")
                        .content();

        assertThat(html)
                // "[y](JAVA\tSCRIPT:...)" is no link in CommonMark: it stays inert text.
                .doesNotContain("<script>", "<img", "javascript:", "href=\"JAVA")
                .contains("&lt;script&gt;alert(1)&lt;/script&gt;&#34;&#39;&amp;")
                .contains("&lt;img src=x onerror=alert(1)&gt;")
                .contains("<a rel=\"nofollow\" href=\"\">x</a>");
    }

    @Test
    void documentModeIsAWholePageInTheReadersLanguage() {
        String html =
                engine("The Plymouth Alliance", "A ten-year alliance.", "")
                        .render(
                                View.item("plymouth-alliance"),
                                "html",
                                RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT))
                        .content();

        assertThat(html)
                .startsWith("<!DOCTYPE html>\n<html lang=\"en\">")
                .contains("<title>The Plymouth Alliance</title>")
                .contains("<meta name=\"description\" content=\"A ten-year alliance.\">")
                .contains("<main>\n<article")
                .endsWith("</html>\n");
    }

    @Test
    void refusesTheMenuViewItDoesNotRenderYet() {
        assertThatThrownBy(() -> engine("T", "S", "").render(View.menu(), "html"))
                .isInstanceOf(UnsupportedViewException.class)
                .hasMessageContaining("does not render MENU views");
    }
}
