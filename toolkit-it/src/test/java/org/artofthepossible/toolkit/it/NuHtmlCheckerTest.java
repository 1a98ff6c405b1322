package org.artofthepossible.toolkit.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import nu.validator.client.EmbeddedValidator;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.QuestionForm;
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

/**
 * Every page of the bundled toolkit, with its JSON-LD and its header's search box, a term page, the
 * page-not-found page, and the search page with and without hits, in both themes and both
 * languages, through the Nu HTML Checker.
 */
class NuHtmlCheckerTest {
    private static final ToolkitEngine ENGINE =
            ToolkitEngine.builder().source(BundledToolkit.source()).strict(true).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private static final ToolkitSearch SEARCH = ToolkitSearch.create();

    /**
     * Links with a search page and a question form, so that every page has its header's search box
     * checked too, and the FAQ pages their "Ask a question" box.
     */
    private static final LinkResolver WITH_SEARCH =
            LinkResolver.CLEAN_URLS.withSearch("/search").withQuestions("/questions/new");

    private static List<View> views(Locale locale) {
        Toolkit toolkit = ENGINE.toolkit();
        var views = new ArrayList<View>(List.of(View.home(), View.menu()));
        for (ItemType type : ItemType.values()) {
            views.add(View.list(type));
        }
        // A term page, as the export writes one for each filter link, and the page for an address
        // with nothing at it.
        views.add(
                View.list(
                        ItemType.CASE_STUDY,
                        TermFilter.allOf(TermRef.of("procurement-route", "alliance-contract"))));
        views.add(View.notFound());
        views.add(View.accessibility());
        for (ContentItem item : toolkit.items()) {
            views.add(View.item(item.id()));
        }
        // The search page before a search, with hits over several pages, and with none.
        views.add(View.search(SearchResults.notSearched(toolkit, locale)));
        views.add(
                View.search(
                        SEARCH.search(
                                toolkit,
                                SearchRequest.of("alliance").withLocale(locale).withPageSize(2))));
        views.add(
                View.search(
                        SEARCH.search(
                                toolkit, SearchRequest.of("aliance zzqx").withLocale(locale))));
        // The question form new, with a problem in every field, and its confirmation.
        views.add(View.questionForm(QuestionForm.empty("/questions", Map.of("token", "t"))));
        var errors = new ArrayList<QuestionForm.Error>();
        var values = new EnumMap<QuestionForm.Field, String>(QuestionForm.Field.class);
        for (QuestionForm.Field field : QuestionForm.Field.values()) {
            errors.add(new QuestionForm.Error(field, QuestionForm.Problem.TOO_LONG));
            values.put(field, "typed <text>");
        }
        views.add(
                View.questionForm(
                        new QuestionForm("/questions", values, errors, Map.of("token", "t"))));
        views.add(View.questionReceived("Q-7KD3"));
        return views;
    }

    /** The page in the other language, so that pages show their language switcher. */
    private static Map<Locale, RenderOptions.Translation> translation(Locale locale) {
        Locale other = locale.equals(Locale.ENGLISH) ? Locale.forLanguageTag("cy") : Locale.ENGLISH;
        return Map.of(
                other,
                new RenderOptions.Translation(
                        WITH_SEARCH,
                        Optional.of(
                                URI.create(
                                        "https://toolkit.example.org/"
                                                + (other.equals(Locale.ENGLISH) ? "" : "cy/")))));
    }

    @TestFactory
    Stream<DynamicTest> everyPageIsValidHtml() {
        var tests = new ArrayList<DynamicTest>();
        for (String theme : List.of("default", "govuk")) {
            for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag("cy"))) {
                RenderOptions options =
                        RenderOptions.defaults()
                                .withMode(RenderOptions.Mode.DOCUMENT)
                                .withTheme(theme)
                                .withLocale(locale)
                                .withLinks(WITH_SEARCH)
                                .withBaseUrl(URI.create("https://toolkit.example.org/"))
                                .withTranslations(translation(locale));
                for (View view : views(locale)) {
                    tests.add(
                            DynamicTest.dynamicTest(
                                    theme + " " + view + " " + locale,
                                    () -> {
                                        String html =
                                                ENGINE.render(
                                                                ENGINE.toolkit(),
                                                                view,
                                                                "html",
                                                                options)
                                                        .content();
                                        assertThat(errors(html)).as(html).isEmpty();
                                    }));
                }
            }
        }
        return tests.stream();
    }

    @Test
    void theCheckerReportsWhatIsWrongWithAnInvalidPage() throws Exception {
        String invalid =
                "<!DOCTYPE html><html lang=\"en\"><head><title>x</title></head><body><li><a>x</div></body></html>";

        assertThat(errors(invalid)).isNotEmpty();
    }

    private static List<String> errors(String html) throws Exception {
        EmbeddedValidator validator = new EmbeddedValidator();
        validator.setOutputFormat(EmbeddedValidator.OutputFormat.JSON);
        String report =
                validator.validate(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
        var errors = new ArrayList<String>();
        for (JsonNode message : JSON.readTree(report).path("messages")) {
            if (message.path("type").asText().equals("error")) {
                errors.add(
                        message.path("lastLine").asText()
                                + ":"
                                + message.path("lastColumn").asText()
                                + " "
                                + message.path("message").asText());
            }
        }
        return errors;
    }
}
