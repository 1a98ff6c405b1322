package org.artofthepossible.toolkit.cli;

import java.nio.file.Path;
import java.util.List;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;

/** {@code toolkit questions} on the data folder. */
final class H2QuestionsCommandTest extends QuestionsCommandContract {
    @Override
    List<String> storeOptions() {
        return List.of("--data", temp.resolve("toolkit-data").toString());
    }

    @Override
    JdbcQuestionStore openStore(List<String> options) {
        return JdbcQuestionStore.h2(Path.of(options.get(1)));
    }
}
