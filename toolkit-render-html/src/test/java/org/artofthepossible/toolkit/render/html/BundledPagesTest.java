package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.LinkResolver;
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

        assertThat(page.select("h1")).as("one main heading").hasSize(1);
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
    void everyCaseStudySaysWhatItsRoutesWouldBeTodayDatedAndWithItsSources() {
        for (String id :
                List.of(
                        "leicestershire-cip",
                        "oldham-social-prescribing",
                        "plymouth-alliance",
                        "kibble-st-mirren",
                        "hct-travel-training",
                        "west-lindsey-p3",
                        "lseeg-social-value",
                        "one-croydon-alliance",
                        "kirklees-kilt")) {
            Document page =
                    Jsoup.parse(BundledPages.render(View.item(id), RenderOptions.defaults()));
            Element panel = page.selectFirst("section.toolkit-today");
            assertThat(panel).as(id).isNotNull();
            assertThat(panel.selectFirst("h2").text()).isEqualTo("If you did this today");
            assertThat(panel.select(".toolkit-today-date").text())
                    .isEqualTo("The law as at 24 February 2025");
            assertThat(panel.select(".toolkit-today-routes dt")).as(id).isNotEmpty();
            // Each citation of the panel is one click from a source in the panel's own list.
            assertThat(panel.select(".toolkit-cite a"))
                    .as(id)
                    .isNotEmpty()
                    .allSatisfy(
                            a ->
                                    assertThat(panel.getElementById(a.attr("href").substring(1)))
                                            .isNotNull());
        }
        Document oldham =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("oldham-social-prescribing"), RenderOptions.defaults()));
        assertThat(oldham.select(".toolkit-today-routes dd").text())
                .contains("regulation 31", "Competitive flexible procedure")
                .doesNotContain("Not confirmed");
        assertThat(oldham.select(".toolkit-today p").eachText())
                .anySatisfy(p -> assertThat(p).startsWith("A procurement begun under the Public"));
    }

    @Test
    void anUnconfirmedMappingSaysSoAndTheScottishCaseStudyShowsScotlandsRegime() {
        Document plymouth =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("plymouth-alliance"), RenderOptions.defaults()));
        Document kibble =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("kibble-st-mirren"), RenderOptions.defaults()));

        assertThat(plymouth.select(".toolkit-today .toolkit-unconfirmed").eachText())
                .singleElement()
                .satisfies(t -> assertThat(t).startsWith("Not confirmed by a source."));
        assertThat(kibble.select(".toolkit-today p").eachText())
                .anySatisfy(
                        p ->
                                assertThat(p)
                                        .startsWith(
                                                "Scottish public bodies are outside the"
                                                        + " Procurement Act 2023"))
                .noneSatisfy(p -> assertThat(p).startsWith("Since 24 February 2025"))
                .noneSatisfy(p -> assertThat(p).startsWith("A procurement begun under"));
    }

    @Test
    void aWelshPanelIsHeadedInWelshAndMarksItsEnglishPassagesAsEnglish() {
        Document welsh =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("plymouth-alliance"),
                                RenderOptions.defaults()
                                        .withMode(RenderOptions.Mode.DOCUMENT)
                                        .withLocale(CY)));
        Element panel = welsh.selectFirst("section.toolkit-today");

        assertThat(panel.selectFirst("h2").text()).isEqualTo("Pe baech yn gwneud hyn heddiw");
        assertThat(panel.select(".toolkit-today-date").text())
                .startsWith("Y gyfraith fel yr oedd ar");
        assertThat(panel.select("p[lang=en]").eachText())
                .anySatisfy(p -> assertThat(p).startsWith("Since 24 February 2025"));
        assertThat(panel.select("dd p").eachText())
                .anySatisfy(p -> assertThat(p).startsWith("Bryd hynny: Not a procedure"));
        assertThat(panel.select("dd p > span[lang=en]")).isNotEmpty();
    }

    /**
     * A Welsh page shows the toolkit's English-only content in English, so every such passage must
     * say so (WCAG 3.1.2): text of three words or more that reads the same on the English page is
     * content, not a label, and must stand within an element whose language is English.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("views")
    void welshPagesMarkEveryEnglishPassage(View view) {
        RenderOptions document = RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);
        Document english = Jsoup.parse(BundledPages.render(view, document));
        Document welsh = Jsoup.parse(BundledPages.render(view, document.withLocale(CY)));
        var englishTexts = new java.util.HashSet<String>();
        english.body().select("*").forEach(e -> englishTexts.addAll(ownTexts(e)));

        var unmarked = new ArrayList<String>();
        for (Element element : welsh.body().select("*")) {
            Element scope = element.closest("[lang]");
            if (scope != null && scope.attr("lang").equals("cy")) {
                ownTexts(element).stream()
                        .filter(englishTexts::contains)
                        .filter(t -> t.split("\\s+").length >= 3)
                        .forEach(unmarked::add);
            }
        }
        assertThat(unmarked).as("English text under lang=cy").isEmpty();
    }

    static Stream<View> views() {
        return BundledPages.views().stream();
    }

    private static List<String> ownTexts(Element element) {
        return element.textNodes().stream()
                .map(t -> t.text().strip())
                .filter(t -> !t.isEmpty())
                .toList();
    }

    @Test
    void aWelshPageOfEnglishContentSaysItIsInEnglish() {
        RenderOptions welsh =
                RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT).withLocale(CY);
        Document study = Jsoup.parse(BundledPages.render(View.item("plymouth-alliance"), welsh));
        Document home = Jsoup.parse(BundledPages.render(View.home(), welsh));
        Document english =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("plymouth-alliance"),
                                RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT)));

        assertThat(study.select(".toolkit-language-notice").text())
                .isEqualTo("Mae'r testun isod yn Saesneg: nid yw wedi'i gyfieithu.");
        assertThat(study.selectFirst("article").attr("lang")).isEqualTo("cy");
        assertThat(study.selectFirst("h1").attr("lang")).isEqualTo("en");
        assertThat(home.select(".toolkit-language-notice")).hasSize(1);
        assertThat(english.select(".toolkit-language-notice")).isEmpty();
    }

    @Test
    void aWelshPageNamesPlacesAndKindsInWelsh() {
        RenderOptions welsh =
                RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT).withLocale(CY);
        Document kibble = Jsoup.parse(BundledPages.render(View.item("kibble-st-mirren"), welsh));
        Document plymouth = Jsoup.parse(BundledPages.render(View.item("plymouth-alliance"), welsh));

        assertThat(kibble.select(".toolkit-facts dd").eachText())
                .anySatisfy(t -> assertThat(t).endsWith(", Yr Alban"))
                .noneSatisfy(t -> assertThat(t).contains("Scotland"));
        assertThat(plymouth.select(".toolkit-facts dd").eachText())
                .contains("Plymouth, De-orllewin Lloegr, Lloegr")
                .anySatisfy(t -> assertThat(t).contains("(Awdurdod lleol)"));
    }

    @Test
    void linksInABodyFromTheSiteRootBecomeTheHostsLinksToThosePages() {
        LinkResolver cms =
                new LinkResolver() {
                    @Override
                    public String href(org.artofthepossible.toolkit.model.ContentItem item) {
                        return "/cms?item=" + item.id();
                    }

                    @Override
                    public String listHref(ItemType type) {
                        return "/cms?list=" + type.plural();
                    }

                    @Override
                    public String menuHref() {
                        return "/cms?menu";
                    }
                };
        Document whatNext =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("what-next"), RenderOptions.defaults().withLinks(cms)));

        assertThat(whatNext.select(".toolkit-body h2 a").eachAttr("href"))
                .containsExactly("/cms?list=faqs", "/cms?list=documents", "/cms?menu");
    }

    @Test
    void everyPageMarksWhereTheReaderIsInTheMenuAndHasOneMenuAndTheMenuPageIsLinked() {
        RenderOptions document = RenderOptions.defaults().withMode(RenderOptions.Mode.DOCUMENT);
        Document study = Jsoup.parse(BundledPages.render(View.item("plymouth-alliance"), document));
        Document corrective = Jsoup.parse(BundledPages.render(View.item("corrective-2"), document));
        Document home = Jsoup.parse(BundledPages.render(View.home(), document));
        Document menu = Jsoup.parse(BundledPages.render(View.menu(), document));

        assertThat(study.select("nav.toolkit-menu a[aria-current]"))
                .extracting(a -> a.text() + "=" + a.attr("aria-current"))
                .containsExactly("Case studies=true");
        assertThat(corrective.select("nav.toolkit-menu a[aria-current]"))
                .extracting(a -> a.text() + "=" + a.attr("aria-current"))
                .containsExactly(
                        "5 Fundamental Correctives=true", "2. Purpose must drive process=page");
        // The menu bar below the header, or the whole menu in the home and menu pages' content.
        assertThat(study.select("nav.toolkit-menu")).hasSize(1);
        assertThat(study.select("nav.toolkit-contents")).isEmpty();
        for (Document page : List.of(home, menu)) {
            assertThat(page.select("nav.toolkit-menu")).isEmpty();
            assertThat(page.select("main nav.toolkit-contents")).hasSize(1);
        }
        Document govuk =
                Jsoup.parse(
                        BundledPages.render(
                                View.item("plymouth-alliance"), document.withTheme("govuk")));
        assertThat(govuk.select(".govuk-service-navigation__item--active > a").eachText())
                .containsExactly("Case studies");
        assertThat(menu.select("h1").text()).isEqualTo("Toolkit menu");
        assertThat(study.select("footer a").eachAttr("href")).contains("/menu/");
    }

    @Test
    void anItemsLinksAreShownUnderTheirHeading() {
        Document faq =
                Jsoup.parse(
                        BundledPages.render(View.item("who-initiates"), RenderOptions.defaults()));

        assertThat(faq.select("ul.toolkit-links a"))
                .extracting(a -> a.text())
                .containsExactly("The question on E3M");
    }

    @Test
    void noPageNamesTheInformalCompetitiveNegotiatedProcedureOrARegimeNoSourceGives() {
        for (View view : BundledPages.views()) {
            for (Locale locale : List.of(Locale.ENGLISH, CY)) {
                String html =
                        BundledPages.render(
                                view,
                                RenderOptions.defaults()
                                        .withMode(RenderOptions.Mode.DOCUMENT)
                                        .withLocale(locale));
                assertThat(html.toLowerCase(Locale.ROOT))
                        .as("%s in %s", view, locale)
                        .doesNotContain("competitive negotiated procedure", "regime: pcr 2015");
            }
        }
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
