package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.ItemNotFoundException;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.ToolkitException;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Video;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class HtmlRendererTest {
    private static final RenderOptions DOCUMENT =
            RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);

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
                                        .source(new Source("e3m", "E3M", "https://e3m.org.uk/"))
                                        .build())
                        .partner(
                                new Organisation(
                                        "Partner",
                                        "charity",
                                        Optional.empty(),
                                        Optional.empty(),
                                        List.of("e3m")))
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
    void isDiscoveredAndRendersACaseStudyFragmentWithItsFactsNumberedByTheirSources() {
        ToolkitEngine engine =
                engine("The Plymouth Alliance", "A ten-year alliance.", "It *works*.");

        String html = engine.render(View.item("plymouth-alliance"), "html").content();

        assertThat(engine.plugins().formats()).contains("html");
        assertThat(html)
                .contains(
                        """
                        <article class="toolkit-item toolkit-case-study" lang="en">
                        <h1>The Plymouth Alliance</h1>
                        <p class="toolkit-summary">A ten-year alliance.</p>
                        <h2 class="toolkit-visually-hidden">Key facts</h2>
                        <dl class="toolkit-facts">
                        <div class="toolkit-fact"><dt>Partners</dt><dd><ul>
                        <li>Partner (Charity) <sup class="toolkit-cite">[<a href="#toolkit-source-e3m"><span class="toolkit-visually-hidden">Source </span>1</a>]</sup></li>
                        </ul></dd></div>
                        </dl>
                        <div class="toolkit-body">
                        <p>It <em>works</em>.</p>
                        </div>
                        <h2>Sources</h2>
                        <ol class="toolkit-sources">
                        <li id="toolkit-source-e3m"><a href="https://e3m.org.uk/" rel="noopener noreferrer">E3M</a></li>
                        </ol>
                        </article>
                        """)
                .doesNotContain("<html", "<body", "<style");
    }

    @Test
    void escapesTextAndRawHtmlAndDropsDangerousLinks() {
        String hostile = "<script>alert(1)</script>\"'&";
        String html =
                engine(
                                hostile,
                                hostile,
                                "<img src=x onerror=alert(1)>\n\n[x](javascript:alert(1)) [y](JAVA\tSCRIPT:alert(2))")
                        .render(View.item("plymouth-alliance"), "html", DOCUMENT)
                        .content();

        Document page = Jsoup.parse(html);
        assertThat(page.select("script, img, [onerror]")).isEmpty();
        assertThat(page.select("a[href]"))
                .allSatisfy(
                        a ->
                                assertThat(a.attr("href").toLowerCase(Locale.ROOT))
                                        .doesNotContain("script:"));
        assertThat(page.select("h1").text()).isEqualTo(hostile);
        assertThat(page.title()).startsWith(hostile);
    }

    @Test
    void refusesAThemeItDoesNotHave() {
        assertThatThrownBy(
                        () ->
                                engine("T", "S", "")
                                        .render(
                                                View.item("plymouth-alliance"),
                                                "html",
                                                RenderOptions.defaults().withTheme("bootstrap")))
                .isInstanceOf(ToolkitException.class)
                .hasMessage(
                        "the 'html' renderer could not render ItemView[id=plymouth-alliance]: the html renderer has"
                                + " no theme 'bootstrap'; it has [default, govuk]");
    }

    @Test
    void aWholePageHasLandmarksASkipLinkAndACanonicalLink() {
        Document page =
                Jsoup.parse(
                        engine("The Plymouth Alliance", "A ten-year alliance.", "")
                                .render(
                                        View.item("plymouth-alliance"),
                                        "html",
                                        DOCUMENT.withBaseUrl(
                                                URI.create("https://toolkit.example.org/")))
                                .content());

        assertThat(page.select("html").attr("lang")).isEqualTo("en");
        assertThat(page.title()).isEqualTo("The Plymouth Alliance – Toolkit");
        assertThat(page.select("meta[name=description]").attr("content"))
                .isEqualTo("A ten-year alliance.");
        assertThat(page.select("link[rel=canonical]").attr("href"))
                .isEqualTo("https://toolkit.example.org/case-studies/plymouth-alliance/");
        assertThat(page.select("link[rel=stylesheet]").attr("href"))
                .isEqualTo("/assets/toolkit.css");
        assertThat(page.body().child(0).attr("href")).isEqualTo("#toolkit-main");
        assertThat(page.select("main#toolkit-main")).hasSize(1);
        assertThat(page.select("header, footer, nav[aria-label=Breadcrumbs]")).hasSize(3);
    }

    @Test
    void videosPlayOnlyWhenTheReaderFollowsAPrivacyEnhancedLink() {
        var youtube =
                new Video(
                        "youtube",
                        "abc123",
                        "The alliance explained",
                        Optional.of("Rachel"),
                        Optional.of(Duration.ofMinutes(20)),
                        Optional.of("https://example.org/captions.vtt"),
                        Optional.of("Hello."));
        var vimeo =
                new Video(
                        "vimeo",
                        "42",
                        "A second film",
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty(),
                        Optional.empty());
        CaseStudy study =
                CaseStudy.builder(ItemMetadata.builder("films", "Films").summary("S").build())
                        .video(youtube)
                        .video(vimeo)
                        .build();
        ToolkitEngine engine =
                ToolkitEngine.builder()
                        .source(
                                ContentSource.of(
                                        "films",
                                        LoadedContent.builder()
                                                .info(ToolkitInfo.of("T", "P", Locale.ENGLISH))
                                                .item(study)
                                                .build()))
                        .build();

        Document page = Jsoup.parse(engine.render(View.item("films"), "html", DOCUMENT).content());

        assertThat(page.select("iframe, video, object, embed, script")).isEmpty();
        assertThat(page.select(".toolkit-videos a").eachAttr("href"))
                .containsExactly(
                        "https://www.youtube-nocookie.com/embed/abc123",
                        "https://example.org/captions.vtt",
                        "https://player.vimeo.com/video/42?dnt=1");
        assertThat(page.select(".toolkit-videos a").first().text())
                .isEqualTo("Watch: The alliance explained");
        assertThat(page.select(".toolkit-videos li").first().text())
                .contains("Presented by Rachel", "(20 minutes)", "Captions");
        assertThat(page.select(".toolkit-transcript").text()).contains("Transcript", "Hello.");
    }

    @Test
    void refusesAViewOfAnItemThatDoesNotExist() {
        assertThatThrownBy(() -> engine("T", "S", "").render(View.item("nowhere"), "html"))
                .isInstanceOf(ItemNotFoundException.class)
                .hasMessage("no item with id 'nowhere'");
    }

    @Test
    void facetLinksFilterTheListAndTheActiveTermIsMarked() {
        var alliance = TermRef.of("procurement-route", "alliance-contract");
        ToolkitEngine engine = BundledPages.engine();

        Document filtered =
                Jsoup.parse(
                        engine.render(
                                        View.list(ItemType.CASE_STUDY, TermFilter.anyOf(alliance)),
                                        "html")
                                .content());

        assertThat(filtered.select(".toolkit-count").text()).isEqualTo("2 items");
        assertThat(filtered.select(".toolkit-facets [aria-current]").text())
                .isEqualTo("Alliance contract (2)");
        assertThat(filtered.select(".toolkit-facets a").eachAttr("href"))
                .contains(
                        "/case-studies/",
                        "/case-studies/?procurement-route=innovation-partnership");
    }
}
