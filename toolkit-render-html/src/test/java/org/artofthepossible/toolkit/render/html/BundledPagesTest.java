package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ItemType;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every view of the bundled toolkit, in both modes and both locales. */
class BundledPagesTest {
    private static final Locale CY = Locale.forLanguageTag("cy");

    static Stream<Arguments> pages() {
        var arguments = new ArrayList<Arguments>();
        for (View view : BundledPages.views()) {
            for (RenderOptions.Mode mode : RenderOptions.Mode.values()) {
                for (Locale locale : List.of(Locale.ENGLISH, CY)) {
                    arguments.add(Arguments.of(view, mode, locale));
                }
            }
        }
        return arguments.stream();
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @MethodSource("pages")
    void rendersEveryViewAccessiblyInEveryModeAndLocale(
            View view, RenderOptions.Mode mode, Locale locale) {
        String html =
                BundledPages.render(
                        view, RenderOptions.defaults().withMode(mode).withLocale(locale));
        Document page = Jsoup.parse(html);

        assertThat(page.select("h1"))
                .as("one main heading")
                .hasSize(view.kind() == View.Kind.MENU ? 0 : 1);
        assertThat(page.select("a"))
                .allSatisfy(a -> assertThat(a.text()).as("link text").isNotBlank());
        assertThat(page.select("script, style, iframe, [style], [onclick], [onload]")).isEmpty();
        List<String> ids = page.select("[id]").eachAttr("id");
        assertThat(ids)
                .doesNotHaveDuplicates()
                .allSatisfy(id -> assertThat(id).startsWith("toolkit-"));
        if (mode == RenderOptions.Mode.DOCUMENT) {
            assertThat(page.select("html").attr("lang")).isEqualTo(locale.toLanguageTag());
            assertThat(page.select("main")).hasSize(1);
            assertThat(page.title()).isNotBlank();
        } else {
            assertThat(html).doesNotContain("<html", "<head", "<body");
        }
    }

    @Test
    void linksInTheCaseStudyIndexNameTheirStudy() {
        Document index =
                Jsoup.parse(
                        BundledPages.render(
                                View.list(ItemType.CASE_STUDY), RenderOptions.defaults()));

        List<String> texts = index.select(".toolkit-entry a").eachText();
        assertThat(texts)
                .hasSize(9)
                .doesNotHaveDuplicates()
                .allSatisfy(t -> assertThat(t).startsWith("Full case study: "));
        assertThat(texts)
                .contains(
                        "Full case study: The Plymouth Alliance: an alliance contract supporting people with complex needs");
    }

    @Test
    void theFaqPageUsesDisclosureWidgetsGroupedByCategoryAndLeavesDraftsOut() {
        Document faqs =
                Jsoup.parse(BundledPages.render(View.list(ItemType.FAQ), RenderOptions.defaults()));

        assertThat(faqs.select("h2").eachText())
                .contains("Answers to frequently-asked questions", "Your questions answered");
        assertThat(faqs.select("details > summary")).hasSize(7);
        assertThat(faqs.text()).doesNotContain("Where have these partnerships worked?");
    }

    @Test
    void theMenuMarksTheCurrentPage() {
        Document page =
                Jsoup.parse(
                        BundledPages.render(
                                View.list(ItemType.CASE_STUDY),
                                RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT)));

        Element current = page.selectFirst(".toolkit-menu [aria-current=page]");
        assertThat(current).isNotNull();
        assertThat(current.text()).isEqualTo("Case studies");
    }

    @Test
    void labelsFollowTheReadersLocale() {
        Document welsh =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("plymouth-alliance"),
                                RenderOptions.defaults()
                                        .withMode(RenderOptions.Mode.DOCUMENT)
                                        .withLocale(CY)));

        assertThat(welsh.select(".toolkit-skip-link").text()).isEqualTo("Neidio i'r prif gynnwys");
        assertThat(welsh.select(".toolkit-facts dt").eachText()).contains("Partneriaid", "Cyfnod");
        assertThat(welsh.select(".toolkit-facts dd").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("10 mlynedd"));
        assertThat(welsh.select(".toolkit-cite .toolkit-visually-hidden").eachText())
                .contains("Ffynhonnell");
        assertThat(welsh.select(".toolkit-menu a").eachText()).contains("Astudiaethau achos");
    }

    @Test
    void figuresAreShownAsFirmlyAsTheirSourcesStateThem() {
        Document leicestershire =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("leicestershire-cip"), RenderOptions.defaults()));
        Document croydon =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("one-croydon-alliance"), RenderOptions.defaults()));

        assertThat(leicestershire.select(".toolkit-facts dd").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("up to £700,000,000 [Source 5]"))
                .anySatisfy(t -> assertThat(t).startsWith("up to 10 years"))
                .noneSatisfy(t -> assertThat(t).startsWith("£700,000,000"));
        assertThat(croydon.select(".toolkit-facts dd").eachText())
                .anySatisfy(t -> assertThat(t).startsWith("£1,700,000,000 (estimate)"));
    }

    @Test
    void caseStudiesShowDisputesWithEachClaimsSourceAndInferences() {
        Document oldham =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("oldham-social-prescribing"), RenderOptions.defaults()));
        Document kibble =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("kibble-st-mirren"), RenderOptions.defaults()));

        assertThat(oldham.select(".toolkit-disputed li").eachText())
                .containsExactly("£1.25m [Source 2]", "£1.1m [Source 5]");
        // Each citation is one click from the source it names.
        assertThat(oldham.select(".toolkit-disputed .toolkit-cite a"))
                .extracting(
                        a -> oldham.getElementById(a.attr("href").substring(1)).selectFirst("a"))
                .extracting(a -> a.attr("href"))
                .containsExactly(
                        "https://e3m.org.uk/oldhams-social-prescribing-innovation-partnership-2/",
                        "https://i-network.org.uk/oldham-council-19/");
        assertThat(kibble.select(".toolkit-inferred")).isNotEmpty();
    }
}
