package org.artofthepossible.toolkit.jackson3;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.TermFilter;
import org.artofthepossible.toolkit.Toolkit;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.CaseStudy;
import org.artofthepossible.toolkit.model.ContentItem;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.render.json.ToolkitJacksonModule;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.databind.json.JsonMapper;

/**
 * The Jackson 2 and Jackson 3 modules write what the {@code json} renderer writes, byte for byte.
 */
class JacksonModulesTest {
    private static final ToolkitEngine ENGINE =
            ToolkitEngine.builder().source(BundledToolkit.source()).strict(true).build();
    private static final Toolkit TOOLKIT = ENGINE.toolkit();
    private static final Locale WELSH = Locale.forLanguageTag("cy");

    private static String rendered(View view, Locale locale) {
        return ENGINE.render(view, "json", RenderOptions.defaults().withLocale(locale)).content();
    }

    private static ObjectMapper jackson2(Locale locale) {
        return new ObjectMapper()
                .registerModule(
                        ToolkitJacksonModule.of(
                                ENGINE, () -> RenderOptions.defaults().withLocale(locale)));
    }

    private static JsonMapper jackson3(Locale locale) {
        return JsonMapper.builder()
                .addModule(
                        ToolkitJackson3Module.of(
                                ENGINE, () -> RenderOptions.defaults().withLocale(locale)))
                .build();
    }

    private static List<View> views() {
        var views = new ArrayList<View>(List.of(View.home(), View.menu()));
        for (ItemType type : ItemType.values()) {
            views.add(View.list(type));
        }
        views.add(
                View.list(
                        ItemType.CASE_STUDY,
                        TermFilter.anyOf(TermRef.of("procurement-route", "alliance-contract"))));
        TOOLKIT.items().forEach(item -> views.add(View.item(item.id())));
        return views;
    }

    @TestFactory
    Stream<DynamicTest> jackson3FoundByServiceLoaderWritesEveryItemAsTheRendererDoes() {
        JsonMapper found = JsonMapper.builder().findAndAddModules().build();
        return TOOLKIT.items().stream()
                .map(
                        item ->
                                DynamicTest.dynamicTest(
                                        item.type().id() + " " + item.id(),
                                        () ->
                                                assertThat(
                                                                found.writer()
                                                                        .withAttribute(
                                                                                ToolkitJackson3Module
                                                                                        .TOOLKIT,
                                                                                TOOLKIT)
                                                                        .withAttribute(
                                                                                ToolkitJackson3Module
                                                                                        .LOCALE,
                                                                                item.locale())
                                                                        .writeValueAsString(item))
                                                        .isEqualTo(
                                                                rendered(
                                                                        View.item(item.id()),
                                                                        item.locale()))));
    }

    @TestFactory
    Stream<DynamicTest> modulesMadeForTheEngineWriteEveryViewAsTheRendererDoesInBothLocales() {
        var tests = new ArrayList<DynamicTest>();
        for (Locale locale : List.of(Locale.ENGLISH, WELSH)) {
            ObjectMapper two = jackson2(locale);
            JsonMapper three = jackson3(locale);
            for (View view : views()) {
                tests.add(
                        DynamicTest.dynamicTest(
                                locale + " " + view,
                                () -> {
                                    String expected = rendered(view, locale);
                                    assertThat(two.writeValueAsString(view)).isEqualTo(expected);
                                    assertThat(three.writeValueAsString(view)).isEqualTo(expected);
                                }));
            }
        }
        return tests.stream();
    }

    @Test
    void itemsFromAModuleMadeForTheEngineCarryLabelsWithoutWriterAttributes() throws Exception {
        CaseStudy plymouth =
                TOOLKIT.item(CaseStudy.class, "plymouth-alliance", Locale.ENGLISH).orElseThrow();
        String expected = rendered(View.item("plymouth-alliance"), Locale.ENGLISH);

        assertThat(jackson2(Locale.ENGLISH).writeValueAsString(plymouth)).isEqualTo(expected);
        assertThat(jackson3(Locale.ENGLISH).writeValueAsString(plymouth)).isEqualTo(expected);
        assertThat(expected)
                .contains("{\"id\":\"alliance-contract\",\"label\":\"Alliance contract\"}");
    }

    @Test
    void aListOfItemsIsAJsonArrayOfCanonicalItems() throws Exception {
        List<ContentItem> two = TOOLKIT.items().subList(0, 2);
        String expected =
                "["
                        + rendered(View.item(two.get(0).id()), Locale.ENGLISH)
                        + ","
                        + rendered(View.item(two.get(1).id()), Locale.ENGLISH)
                        + "]";

        assertThat(jackson2(Locale.ENGLISH).writeValueAsString(two)).isEqualTo(expected);
        assertThat(jackson3(Locale.ENGLISH).writeValueAsString(two)).isEqualTo(expected);
    }

    @Test
    void aModuleOnItsOwnSaysWhyItCannotWriteAView() {
        assertThatThrownBy(
                        () ->
                                new ObjectMapper()
                                        .findAndRegisterModules()
                                        .writeValueAsString(View.home()))
                .hasStackTraceContaining("ToolkitJacksonModule.of(engine, options)");
        assertThatThrownBy(
                        () ->
                                JsonMapper.builder()
                                        .findAndAddModules()
                                        .build()
                                        .writeValueAsString(View.home()))
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("ToolkitJackson3Module.of(engine, options)");
    }
}
