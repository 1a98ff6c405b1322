package org.artofthepossible.toolkit.questions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The store contract on the embedded default: an H2 file in a data folder. */
class H2QuestionStoreTest extends QuestionStoreContract {
    @TempDir Path data;

    @Override
    QuestionStore newStore() {
        return JdbcQuestionStore.h2(data.resolve("toolkit-data"));
    }

    @Test
    void theDataFolderIsCreatedAndTheQuestionsOutliveTheStore() {
        Question kept = store.add(submission("Still there?"), T0, r -> List.of());
        store.close();

        assertThat(data.resolve("toolkit-data/questions.mv.db")).exists();
        try (var reopened = JdbcQuestionStore.h2(data.resolve("toolkit-data"))) {
            assertThat(reopened.find(kept.reference())).contains(kept);
        }
        store = newStore();
    }

    @Test
    void twoStoresOnOneDataFolderShareIt() {
        // As the command line's questions commands do while serve runs.
        try (var second = JdbcQuestionStore.h2(data.resolve("toolkit-data"))) {
            Question kept = store.add(submission("Shared?"), T0, r -> List.of());
            assertThat(second.find(kept.reference())).contains(kept);
        }
    }

    @Test
    void anUnreachableDatabaseIsAClearError() throws Exception {
        Path file = Files.createFile(data.resolve("not-a-folder"));
        assertThatThrownBy(() -> JdbcQuestionStore.h2(file))
                .isInstanceOf(QuestionStoreException.class)
                .hasMessageContaining("cannot reach the question store at jdbc:h2:file:");
    }

    @Test
    void passwordsInAUrlAreNeverShown() {
        assertThat(
                        JdbcQuestionStore.withoutSecrets(
                                "jdbc:postgresql://db/t?user=u&password=s3cret&ssl=true"))
                .isEqualTo("jdbc:postgresql://db/t?user=u&password=***&ssl=true");
    }
}
