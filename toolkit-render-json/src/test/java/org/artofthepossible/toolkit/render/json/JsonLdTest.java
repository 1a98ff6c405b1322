package org.artofthepossible.toolkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemMetadata;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.LocalizedText;
import org.artofthepossible.toolkit.model.Organisation;
import org.artofthepossible.toolkit.model.Place;
import org.artofthepossible.toolkit.model.Source;
import org.artofthepossible.toolkit.model.Term;
import org.artofthepossible.toolkit.model.ToolkitInfo;
import org.artofthepossible.toolkit.model.Vocabulary;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.spi.LoadedContent;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JsonLdTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final ToolkitEngine BUNDLED =
            ToolkitEngine.builder().source(BundledToolkit.source()).build();
    private static final RenderOptions SITE =
            RenderOptions.defaults().withBaseUrl(URI.create("https://toolkit.example.org/"));

    private static JsonNode render(ToolkitEngine engine, View view) throws Exception {
        return MAPPER.readTree(engine.render(view, "jsonld", SITE).content());
    }

    @Test
    void aCaseStudyIsAnArticleWithItsPublisherPlaceSourcesAndBreadcrumbs() throws Exception {
        JsonNode json = render(BUNDLED, View.item("plymouth-alliance"));
        JsonNode article = json.at("/@graph/0");
        JsonNode crumbs = json.at("/@graph/1");

        assertThat(json.get("@context").asText()).isEqualTo("https://schema.org");
        assertThat(article.get("@type").asText()).isEqualTo("Article");
        assertThat(article.get("headline").asText()).startsWith("The Plymouth Alliance");
        assertThat(article.get("url").asText())
                .isEqualTo("https://toolkit.example.org/case-studies/plymouth-alliance/");
        assertThat(article.at("/author/@type").asText()).isEqualTo("Organization");
        assertThat(article.at("/author/name").asText()).isEqualTo("E3M");
        assertThat(article.at("/publisher/name").asText()).isEqualTo("E3M");
        assertThat(article.at("/contentLocation/name").asText()).isEqualTo("Plymouth");
        assertThat(article.at("/contentLocation/containedInPlace/name").asText())
                .isEqualTo("South West");
        assertThat(article.get("citation")).isNotEmpty();
        assertThat(article.get("citation").get(0).get("@type").asText()).isEqualTo("CreativeWork");
        assertThat(article.at("/about/0/name").asText())
                .isEqualTo("Homelessness and complex needs");
        assertThat(article.get("mentions").findValuesAsText("name"))
                .contains("Plymouth City Council", "Harbour");
        assertThat(crumbs.get("@type").asText()).isEqualTo("BreadcrumbList");
        assertThat(crumbs.get("itemListElement").findValuesAsText("position"))
                .containsExactly("1", "2", "3");
    }

    @Test
    void theFaqPageIsAFaqPageWhoseQuestionsHaveAcceptedAnswers() throws Exception {
        JsonNode page = render(BUNDLED, View.list(ItemType.FAQ));

        assertThat(page.get("@type").asText()).isEqualTo("FAQPage");
        assertThat(page.get("mainEntity")).hasSize(7);
        for (JsonNode question : page.get("mainEntity")) {
            assertThat(question.get("@type").asText()).isEqualTo("Question");
            assertThat(question.get("name").asText()).isNotBlank();
            assertThat(question.at("/acceptedAnswer/@type").asText()).isEqualTo("Answer");
            assertThat(question.at("/acceptedAnswer/text").asText()).isNotBlank();
        }
    }

    @Test
    void documentsListsTheMenuAndTheHomePageHaveTheirTypes() throws Exception {
        assertThat(
                        render(BUNDLED, View.item("social-value-imperatives"))
                                .at("/@graph/0/@type")
                                .asText())
                .isEqualTo("DigitalDocument");
        assertThat(render(BUNDLED, View.item("introduction")).at("/@graph/0/@type").asText())
                .isEqualTo("WebPage");
        JsonNode list = render(BUNDLED, View.list(ItemType.CASE_STUDY));
        assertThat(list.get("@type").asText()).isEqualTo("ItemList");
        assertThat(list.get("numberOfItems").asInt()).isEqualTo(9);
        assertThat(render(BUNDLED, View.menu()).at("/itemListElement/0/@type").asText())
                .isEqualTo("SiteNavigationElement");
        assertThat(render(BUNDLED, View.home()).get("@type").asText()).isEqualTo("WebSite");
    }

    @Test
    void hostileTextInEveryFieldStaysInsideTheScriptElementOfAHostPage() throws Exception {
        List<String> hostile =
                List.of(
                        "</script><script>alert(1)</script>",
                        "<!--<script>",
                        "</SCRIPT >",
                        "line\u2028separator\u2029paragraph",
                        "\"quotes\" & 'apostrophes' \\ backslash",
                        "]]><![CDATA[");
        for (String evil : hostile) {
            var kinds =
                    new Vocabulary(
                            Vocabulary.ORGANISATION_KIND,
                            LocalizedText.of(Locale.ENGLISH, evil),
                            List.of(Term.of("charity", LocalizedText.of(Locale.ENGLISH, evil))));
            var region =
                    new Vocabulary(
                            Vocabulary.REGION,
                            LocalizedText.of(Locale.ENGLISH, evil),
                            List.of(Term.of("south-west", LocalizedText.of(Locale.ENGLISH, evil))));
            CaseStudy study =
                    CaseStudy.builder(
                                    ItemMetadata.builder("study", evil)
                                            .summary(evil)
                                            .body(evil)
                                            .source(
                                                    new Source(
                                                            "s1",
                                                            evil,
                                                            "https://example.org/?q="
                                                                    + evil.replace(' ', '+')))
                                            .build())
                            .partner(
                                    new Organisation(
                                            evil,
                                            "charity",
                                            java.util.Optional.empty(),
                                            java.util.Optional.of(evil)))
                            .place(
                                    new Place(
                                            evil,
                                            java.util.Optional.of("south-west"),
                                            java.util.Optional.of(evil)))
                            .build();
            Faq faq = Faq.of(ItemMetadata.builder("question", evil).body(evil).build());
            LoadedContent content =
                    LoadedContent.builder()
                            .info(ToolkitInfo.of(evil, evil, Locale.ENGLISH))
                            .vocabulary(kinds)
                            .vocabulary(region)
                            .item(study)
                            .item(faq)
                            .build();
            ToolkitEngine engine =
                    ToolkitEngine.builder().source(ContentSource.of("hostile", content)).build();
            for (View view :
                    List.of(
                            View.item("study"),
                            View.item("question"),
                            View.list(ItemType.FAQ),
                            View.home(),
                            View.menu())) {
                String json = engine.render(view, "jsonld", SITE).content();

                Document host =
                        Jsoup.parse(
                                "<html><head><script type=\"application/ld+json\">"
                                        + json
                                        + "</script></head><body><p>after</p></body></html>");

                List<Element> scripts = host.select("script");
                assertThat(scripts).as("%s in %s", evil, view).hasSize(1);
                assertThat(MAPPER.readTree(scripts.get(0).data())).isEqualTo(MAPPER.readTree(json));
                assertThat(host.select("body p").text()).isEqualTo("after");
                assertThat(json).doesNotContain("<", ">", "\u2028", "\u2029");
            }
            assertThat(
                            MAPPER.readTree(
                                            engine.render(View.item("study"), "jsonld", SITE)
                                                    .content())
                                    .at("/@graph/0/headline")
                                    .asText())
                    .isEqualTo(evil);
        }
    }
}
