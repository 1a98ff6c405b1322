package org.artofthepossible.toolkit.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.model.Faq;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.artofthepossible.toolkit.questions.Moderation;
import org.artofthepossible.toolkit.questions.Notices;
import org.artofthepossible.toolkit.questions.Question;
import org.artofthepossible.toolkit.questions.Submission;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The FAQ category serve puts published questions in. */
class QuestionsCategoryTest {
    @TempDir Path temp;

    private static String publish(JdbcQuestionStore store) {
        String reference =
                store.add(
                                new Submission(
                                        "Which category?",
                                        Optional.empty(),
                                        Locale.ENGLISH,
                                        Question.Asker.NOBODY,
                                        "t",
                                        Optional.empty()),
                                Instant.now(),
                                r -> List.of())
                        .reference();
        var moderation = new Moderation(store, Clock.systemUTC(), Notices.none());
        moderation.answer(reference, "E3M", "This one.", "m");
        moderation.publish(reference, "m");
        return "community-" + reference.toLowerCase(Locale.ROOT);
    }

    @Test
    void theBundledContentsCommunityCategoryIsUsed() {
        try (var store = JdbcQuestionStore.h2(temp)) {
            String id = publish(store);
            var err = new StringWriter();
            ToolkitEngine engine =
                    ServeCommand.engine(
                            new ContentOption(),
                            Optional.of(store),
                            "community-questions",
                            new PrintWriter(err));

            Faq faq = engine.toolkit().item(Faq.class, id, Locale.ENGLISH).orElseThrow();
            assertThat(faq.category()).contains(TermRef.of("faq-category", "community-questions"));
            assertThat(err.toString()).isEmpty();
        }
    }

    @Test
    void contentWithoutTheCategoryGetsQuestionsInNoneAndIsToldSo() throws Exception {
        Path content = Files.createDirectories(temp.resolve("content"));
        Files.writeString(
                content.resolve("toolkit.yaml"),
                "title: \"A toolkit\"\npublisher: \"A publisher\"\ndefaultLocale: en\nlocales: [en]\n");
        var option = new ContentOption();
        option.content = Optional.of(content);
        try (var store = JdbcQuestionStore.h2(temp.resolve("data"))) {
            String id = publish(store);
            var err = new StringWriter();
            ToolkitEngine engine =
                    ServeCommand.engine(
                            option,
                            Optional.of(store),
                            "community-questions",
                            new PrintWriter(err));

            Faq faq = engine.toolkit().item(Faq.class, id, Locale.ENGLISH).orElseThrow();
            assertThat(faq.category()).isEmpty();
            assertThat(err.toString())
                    .contains("the content declares no FAQ category 'community-questions'");
        }
    }
}
