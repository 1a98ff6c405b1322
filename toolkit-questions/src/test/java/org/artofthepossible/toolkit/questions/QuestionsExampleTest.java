package org.artofthepossible.toolkit.questions;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.RenderOptions;
import org.artofthepossible.toolkit.ToolkitEngine;
import org.artofthepossible.toolkit.View;
import org.artofthepossible.toolkit.content.BundledToolkit;
import org.artofthepossible.toolkit.model.ItemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The README's "Taking questions" example, as written there. */
class QuestionsExampleTest {
    @TempDir Path temp;

    @Test
    void theReadmeExampleTakesAnswersAndPublishesAQuestion() throws Exception {
        Path dataFolder = temp.resolve("toolkit-data");
        RenderOptions options = RenderOptions.defaults();

        // From the README's "Taking questions" section:
        try (JdbcQuestionStore store = JdbcQuestionStore.h2(dataFolder)) {
            ToolkitEngine engine =
                    ToolkitEngine.builder()
                            .source(BundledToolkit.source())
                            .source(
                                    new PublishedQuestions(
                                            store, Optional.of("community-questions")))
                            .build();
            QuestionIntake intake = QuestionIntake.builder(store).build();

            // GET /questions/new: a form with a fresh token.
            QuestionForm form = intake.newForm("/questions");
            String formPage = engine.render(View.questionForm(form), "html", options).content();

            // POST /questions: what the visitor sent, by field name.
            Map<String, String> posted = new HashMap<>(form.hidden());
            posted.put("question", "Can a grant follow a procurement?");
            Thread.sleep(3_000); // a person takes this long at least; a bot, less
            var outcome =
                    intake.submit(
                            engine.toolkit(), Locale.ENGLISH, posted, "203.0.113.7", "/questions");
            if (outcome instanceof QuestionIntake.Outcome.Refused refused) {
                // Show refused.form() again, with the status refused.reason() calls for.
                throw new AssertionError(refused.form().errors());
            }
            String reference = ((QuestionIntake.Outcome.Received) outcome).question().reference();
            // Redirect (303) to the page that shows the reference.

            Moderation moderation = new Moderation(store, Clock.systemUTC(), Notices.none());
            moderation.answer(reference, "Jane Smith, solicitor", "It can, if ...", "jane");
            moderation.publish(reference, "jane");
            engine.reload(); // the FAQ page now shows it
            // End of the example.

            assertThat(formPage).contains("name=\"question\"");
            assertThat(engine.toolkit().list(ItemType.FAQ, Locale.ENGLISH))
                    .anySatisfy(
                            faq ->
                                    assertThat(faq.title())
                                            .isEqualTo("Can a grant follow a procurement?"));
        }
    }
}
