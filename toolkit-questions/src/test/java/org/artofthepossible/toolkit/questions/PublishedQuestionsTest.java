package org.artofthepossible.toolkit.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.LinkResolver;
import org.artofthepossible.toolkit.ReloadResult;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.ItemType;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.test.HtmlSafety;
import org.artofthepossible.toolkit.test.XssVectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PublishedQuestionsTest {
    private static final RenderOptions PAGE =
            RenderOptions.defaults()
                    .withMode(RenderOptions.Mode.DOCUMENT)
                    .withLinks(LinkResolver.CLEAN_URLS.withQuestions("/questions/new"));

    @TempDir Path data;
    private JdbcQuestionStore store;
    private Moderation moderation;
    private ToolkitEngine engine;

    @BeforeEach
    void open() {
        store = JdbcQuestionStore.h2(data);
        moderation =
                new Moderation(store, new MutableClock(QuestionStoreContract.T0), Notices.none());
        engine =
                ToolkitEngine.builder()
                        .source(BundledToolkit.source())
                        .source(new PublishedQuestions(store, Optional.of("community-questions")))
                        .build();
    }

    @AfterEach
    void close() {
        store.close();
    }

    private Question publish(String text, String answer) {
        Question question =
                store.add(
                        QuestionStoreContract.submission(text),
                        QuestionStoreContract.T0,
                        r -> List.of());
        moderation.answer(question.reference(), "Jane Smith, solicitor", answer, "jane");
        return moderation.publish(question.reference(), "jane");
    }

    @Test
    void aPublishedQuestionIsAnFaqAfterTheNextReloadWithItsProvenanceAndNoPersonalData() {
        int before = engine.toolkit().list(ItemType.FAQ, Locale.ENGLISH).size();
        Question question =
                store.add(
                        QuestionStoreContract.submission("Can a grant follow a procurement?"),
                        QuestionStoreContract.T0,
                        r -> List.of());
        moderation.answer(
                question.reference(), "Jane Smith, solicitor", "It can, *if* ...", "jane");
        assertThat(engine.reload().toolkit().list(ItemType.FAQ, Locale.ENGLISH)).hasSize(before);

        moderation.publish(question.reference(), "jane");
        ReloadResult reload = engine.reload();

        String id = "community-" + question.reference().toLowerCase(Locale.ROOT);
        Faq faq = (Faq) reload.toolkit().requireItem(id, Locale.ENGLISH);
        assertThat(faq.origin()).isEqualTo(Faq.Origin.COMMUNITY);
        assertThat(faq.category()).contains(TermRef.of("faq-category", "community-questions"));
        assertThat(faq.metadata().terms().all())
                .contains(TermRef.of("theme", "health-and-wellbeing"));
        assertThat(faq.answeredBy()).contains("Jane Smith, solicitor");
        String page = engine.render(View.item(id), "html", PAGE).content();
        assertThat(page)
                .contains("Can a grant follow a procurement?")
                .contains("Asked by the community on 1 December 2026")
                .contains("Answered by Jane Smith, solicitor")
                .contains("<em>if</em>");
        String faqs = engine.render(View.list(ItemType.FAQ), "html", PAGE).content();
        assertThat(faqs).contains("Can a grant follow a procurement?").contains("/questions/new");
        for (String output :
                List.of(
                        page,
                        faqs,
                        engine.render(View.item(id), "json", PAGE).content(),
                        engine.render(View.list(ItemType.FAQ), "jsonld", PAGE).content())) {
            assertThat(output).doesNotContain("ann@example.org").doesNotContain("Ann Asker");
        }
    }

    @Test
    void aStoreThatCannotBeReachedKeepsTheQuestionsReadLastAndSaysSo() {
        Question question = publish("Still shown?", "Yes.");
        engine.reload();
        store.close();

        ReloadResult reload = engine.reload();

        assertThat(
                        reload.toolkit()
                                .item(
                                        "community-"
                                                + question.reference().toLowerCase(Locale.ROOT),
                                        Locale.ENGLISH))
                .isPresent();
        assertThat(reload.diagnostics())
                .anySatisfy(
                        d -> assertThat(d.code()).isEqualTo(PublishedQuestions.STORE_UNAVAILABLE));
    }

    @Test
    void noHostileInputInAQuestionOrAnswerReachesAPageUnescaped() {
        var problems = new ArrayList<String>();
        List<String> vectors = XssVectors.all();
        for (String evil : vectors) {
            publish("Why " + evil + "?", evil + "\n\n" + evil);
        }
        engine.reload();
        assertThat(
                        engine.toolkit().list(ItemType.FAQ, Locale.ENGLISH).stream()
                                .filter(f -> ((Faq) f).origin() == Faq.Origin.COMMUNITY))
                .hasSize(vectors.size());
        String faqs = engine.render(View.list(ItemType.FAQ), "html", PAGE).content();
        HtmlSafety.problems(faqs).forEach(p -> problems.add("FAQ page: " + p));
        for (var item : engine.toolkit().list(ItemType.FAQ, Locale.ENGLISH)) {
            String page = engine.render(View.item(item.id()), "html", PAGE).content();
            HtmlSafety.problems(page).forEach(p -> problems.add(item.id() + ": " + p));
        }
        assertThat(problems).isEmpty();
    }
}
