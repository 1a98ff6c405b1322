package org.artofthepossible.toolkit.cli;

import java.sql.DriverManager;
import java.util.List;
import java.util.Objects;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import org.junit.jupiter.api.Tag;

/** {@code toolkit questions} on a PostgreSQL server, as {@code PostgresStores} describes it. */
@Tag("postgres")
final class PostgresQuestionsCommandTest extends QuestionsCommandContract {
    @Override
    List<String> storeOptions() throws Exception {
        String server =
                Objects.requireNonNullElse(
                        System.getenv("TOOLKIT_TEST_POSTGRES_URL"),
                        "jdbc:postgresql://localhost:5432/");
        String user =
                Objects.requireNonNullElse(System.getenv("TOOLKIT_TEST_POSTGRES_USER"), "toolkit");
        String password =
                Objects.requireNonNullElse(
                        System.getenv("TOOLKIT_TEST_POSTGRES_PASSWORD"), "toolkit");
        String name = "toolkit_cli_" + ProcessHandle.current().pid() + "_" + System.nanoTime();
        try (var connection = DriverManager.getConnection(server + "postgres", user, password);
                var statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        }
        // The password in the URL, since a test cannot set the environment the command reads.
        return List.of(
                "--database", server + name + "?password=" + password, "--database-user", user);
    }

    @Override
    JdbcQuestionStore openStore(List<String> options) {
        return JdbcQuestionStore.connect(options.get(1), options.get(3), "");
    }
}
