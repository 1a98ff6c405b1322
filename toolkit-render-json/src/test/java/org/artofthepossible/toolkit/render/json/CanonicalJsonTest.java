package org.artofthepossible.toolkit.render.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.harrel.jsonschema.Validator;
import dev.harrel.jsonschema.ValidatorFactory;
import dev.harrel.jsonschema.providers.JacksonNode;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import java.io.InputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.SearchResults;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.search.SearchRequest;
import org.artofthepossible.toolkit.search.ToolkitSearch;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class CanonicalJsonTest {
    private static final ToolkitEngine ENGINE =
            ToolkitEngine.builder().source(BundledToolkit.source()).strict(true).build();
    private static final Toolkit TOOLKIT = ENGINE.toolkit();
    private static final ObjectMapper MAPPER = new ObjectMapper().findAndRegisterModules();
    private static final JacksonNode.Factory NODES = new JacksonNode.Factory();
    private static final Validator VALIDATOR =
            new ValidatorFactory().withJsonNodeFactory(NODES).createValidator();
    private static final URI SCHEMA;

    static {
        try (InputStream in =
                JsonRendererProvider.class.getResourceAsStream(
                        "/toolkit-json/canonical.schema.json")) {
            SCHEMA = VALIDATOR.registerSchema(NODES.wrap(MAPPER.readTree(in)));
        } catch (Exception e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private static String renderer(View view, Locale locale) {
        return ENGINE.render(view, "json", RenderOptions.defaults().withLocale(locale)).content();
    }

    private static void assertValid(String json) throws Exception {
        assertThat(VALIDATOR.validate(SCHEMA, NODES.wrap(MAPPER.readTree(json))).getErrors())
                .as(json)
                .isEmpty();
    }

    @TestFactory
    @SuppressWarnings("try") // Jsonb.close() declares Exception; nothing here interrupts it
    Stream<DynamicTest> jacksonJsonbAndTheRendererWriteTheSameBytesForEveryItem() throws Exception {
        var tests = new ArrayList<DynamicTest>();
        try (Jsonb jsonb = JsonbBuilder.create(ToolkitJsonb.config(TOOLKIT, Locale.ENGLISH))) {
            for (ContentItem item : TOOLKIT.items()) {
                String rendered = renderer(View.item(item.id()), item.locale());
                String jackson =
                        MAPPER.writer()
                                .withAttribute(ToolkitJacksonModule.TOOLKIT, TOOLKIT)
                                .withAttribute(ToolkitJacksonModule.LOCALE, item.locale())
                                .writeValueAsString(item);
                String binding = jsonb.toJson(item);
                tests.add(
                        DynamicTest.dynamicTest(
                                item.type().id() + " " + item.id(),
                                () -> {
                                    assertThat(jackson).isEqualTo(rendered);
                                    assertThat(binding).isEqualTo(rendered);
                                    assertValid(rendered);
                                }));
            }
        }
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> everyViewValidatesAgainstThePublishedSchema() {
        var views = new ArrayList<View>(List.of(View.home(), View.menu()));
        for (ItemType type : ItemType.values()) {
            views.add(View.list(type));
        }
        views.add(
                View.list(
                        ItemType.CASE_STUDY,
                        TermFilter.anyOf(TermRef.of("procurement-route", "alliance-contract"))));
        views.add(
                View.list(
                        ItemType.CASE_STUDY,
                        TermFilter.anyInEachVocabulary(
                                TermRef.of("procurement-route", "alliance-contract"),
                                TermRef.of("procurement-route", "innovation-partnership"),
                                TermRef.of("theme", "health-and-wellbeing"))));
        var search = ToolkitSearch.create();
        views.add(View.search(SearchResults.notSearched(TOOLKIT, Locale.ENGLISH)));
        views.add(View.search(search.search(TOOLKIT, SearchRequest.of("alliance"))));
        views.add(View.search(search.search(TOOLKIT, SearchRequest.of("aliance zzqx"))));
        views.add(
                View.search(
                        search.search(
                                TOOLKIT,
                                SearchRequest.of("contract")
                                        .withFilter(
                                                TermFilter.anyOf(
                                                        TermRef.of("theme", "housing"),
                                                        TermRef.of("theme", "social-value"))))));
        return views.stream()
                .map(
                        view ->
                                DynamicTest.dynamicTest(
                                        view.toString(),
                                        () -> assertValid(renderer(view, Locale.ENGLISH))));
    }

    @Test
    void aFilterOfAlternativesWithinEachVocabularySaysSo() throws Exception {
        JsonNode json =
                MAPPER.readTree(
                        renderer(
                                View.list(
                                        ItemType.CASE_STUDY,
                                        TermFilter.anyInEachVocabulary(
                                                TermRef.of(
                                                        "procurement-route", "alliance-contract"),
                                                TermRef.of(
                                                        "procurement-route",
                                                        "innovation-partnership"),
                                                TermRef.of("theme", "health-and-wellbeing"))),
                                Locale.ENGLISH));

        assertThat(json.at("/filter/match").asText()).isEqualTo("any-in-each-vocabulary");
        var ids = new ArrayList<String>();
        json.get("items").forEach(item -> ids.add(item.get("id").asText()));
        assertThat(ids)
                .containsExactlyInAnyOrder("oldham-social-prescribing", "one-croydon-alliance");
    }

    @Test
    void searchResultsHoldEachHitsItemSnippetAndLink() throws Exception {
        SearchResults results =
                ToolkitSearch.create().search(TOOLKIT, SearchRequest.of("football"));
        JsonNode json = MAPPER.readTree(renderer(View.search(results), Locale.ENGLISH));

        assertThat(json.get("type").asText()).isEqualTo("search");
        assertThat(json.get("query").asText()).isEqualTo("football");
        assertThat(json.get("total").asInt()).isEqualTo(1);
        JsonNode hit = json.at("/hits/0");
        assertThat(hit.get("href").asText()).isEqualTo("/case-studies/kibble-st-mirren/");
        assertThat(hit.at("/item/id").asText()).isEqualTo("kibble-st-mirren");
        assertThat(hit.at("/item/terms/theme/0/label").asText()).isNotBlank();
        assertThat(hit.get("snippet").findValuesAsText("text")).contains("Football");
        assertThat(hit.get("snippet").toString())
                .contains("{\"text\":\"Football\",\"match\":true}");
        assertThat(json.at("/facets/theme").isObject()).isTrue();
    }

    @Test
    void anItemHasItsFieldsInAFixedOrderWithLabelledTermsIsoDatesAndNoNulls() throws Exception {
        String json = renderer(View.item("oldham-social-prescribing"), Locale.ENGLISH);
        JsonNode study = MAPPER.readTree(json);

        assertThat(json)
                .startsWith(
                        "{\"type\":\"case-study\",\"id\":\"oldham-social-prescribing\",\"locale\":\"en\",\"title\":")
                .doesNotContain("null");
        assertThat(study.at("/terms/procurement-route/0"))
                .hasToString(
                        "{\"id\":\"innovation-partnership\",\"label\":\"Innovation partnership\"}");
        assertThat(study.at("/partners/0/kind/label").asText())
                .isEqualTo("Community interest company");
        assertThat(study.at("/disputed/0/claims").size()).isEqualTo(2);
        assertThat(study.has("contract")).isTrue();
        assertThat(study.at("/contract").has("value")).isFalse();
    }

    @Test
    void termsCarryLabelsInTheReadersLocale() throws Exception {
        JsonNode list =
                MAPPER.readTree(
                        renderer(View.list(ItemType.CASE_STUDY), Locale.forLanguageTag("cy")));

        assertThat(list.get("locale").asText()).isEqualTo("cy");
        assertThat(list.get("count").asInt()).isEqualTo(9);
        assertThat(list.at("/facets/procurement-route/alliance-contract").asInt()).isEqualTo(2);
    }

    @Test
    void withoutASnapshotTermsCarryOnlyTheirIds() throws Exception {
        ContentItem plymouth = TOOLKIT.item("plymouth-alliance", Locale.ENGLISH).orElseThrow();

        JsonNode json = MAPPER.readTree(MAPPER.writeValueAsString(plymouth));

        assertThat(json.at("/terms/procurement-route/0"))
                .hasToString("{\"id\":\"alliance-contract\"}");
    }

    @Test
    void prettyOutputIsTheSameJsonIndented() throws Exception {
        ToolkitEngine pretty =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .renderer(new JsonRendererProvider(true))
                        .build();

        String indented = pretty.render(View.item("kirklees-kilt"), "json").content();

        assertThat(indented).contains("\n  \"id\" : \"kirklees-kilt\"");
        assertThat(MAPPER.readTree(indented))
                .isEqualTo(MAPPER.readTree(renderer(View.item("kirklees-kilt"), Locale.ENGLISH)));
    }
}
