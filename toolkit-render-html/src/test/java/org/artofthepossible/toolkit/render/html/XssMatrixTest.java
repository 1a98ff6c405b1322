package org.artofthepossible.toolkit.render.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.spi.ContentSource;
import org.artofthepossible.toolkit.test.HtmlSafety;
import org.artofthepossible.toolkit.test.XssVectors;
import org.junit.jupiter.api.Test;

/**
 * Every hostile input in every text field and URL of every item type, the menu and the
 * vocabularies, rendered as every view: each page must keep to {@link HtmlSafety}'s allow-list.
 */
class XssMatrixTest {
    private static final List<View> VIEWS =
            List.of(
                    View.item("study"),
                    View.item("question"),
                    View.item("document"),
                    View.item("page"),
                    View.list(ItemType.CASE_STUDY),
                    View.list(ItemType.FAQ),
                    View.list(ItemType.MODEL_DOCUMENT),
                    View.menu(),
                    View.home());

    @Test
    void noHostileInputInAnyFieldEscapesIntoAnyPage() {
        List<String> vectors = XssVectors.all();
        var problems = new ArrayList<String>();
        int pages = 0;
        for (String evil : vectors) {
            ToolkitEngine engine =
                    ToolkitEngine.builder()
                            .source(ContentSource.of("xss", XssContent.of(evil)))
                            .cacheBytes(0)
                            .build();
            var views = new ArrayList<View>(VIEWS);
            views.add(questionForm(evil));
            // The links to the question form and the search page, as a host would give them.
            LinkResolver links = LinkResolver.CLEAN_URLS.withSearch(evil).withQuestions(evil);
            for (View view : views) {
                for (RenderOptions.Mode mode : RenderOptions.Mode.values()) {
                    String html =
                            engine.render(
                                            view,
                                            "html",
                                            RenderOptions.defaults()
                                                    .withMode(mode)
                                                    .withLinks(links))
                                    .content();
                    pages++;
                    for (String problem : HtmlSafety.problems(html)) {
                        problems.add(view + " " + mode + " with " + evil + ": " + problem);
                    }
                }
            }
        }
        System.out.printf(
                "XSS matrix: %d hostile inputs x %d views x 2 modes = %d pages, %d problems%n",
                vectors.size(), VIEWS.size() + 1, pages, problems.size());
        assertThat(vectors).hasSizeGreaterThanOrEqualTo(300);
        assertThat(problems).isEmpty();
    }

    /** The question form sent back with the input in every field and hidden field. */
    private static View questionForm(String evil) {
        var values = new EnumMap<QuestionForm.Field, String>(QuestionForm.Field.class);
        var errors = new ArrayList<QuestionForm.Error>();
        for (QuestionForm.Field field : QuestionForm.Field.values()) {
            values.put(field, evil);
            errors.add(new QuestionForm.Error(field, QuestionForm.Problem.TOO_LONG));
        }
        return View.questionForm(new QuestionForm(evil, values, errors, Map.of(evil, evil)));
    }
}
