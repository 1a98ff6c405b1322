package org.artofthepossible.toolkit.cli;

import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;
import org.artofthepossible.toolkit.questions.JdbcQuestionStore;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --data DIR} or {@code --database URL}: where questions are kept. The password of a
 * database comes from the environment, never the command line, where other users of the machine
 * could read it.
 */
final class StoreOptions {
    /** The environment variable holding the database user's password. */
    static final String PASSWORD_VARIABLE = "TOOLKIT_DATABASE_PASSWORD";

    @Option(
            scope = ScopeType.INHERIT,
            names = "--data",
            paramLabel = "DIR",
            defaultValue = "toolkit-data",
            description =
                    "The data folder of the embedded question store, an H2 database, created if"
                            + " missing (default: ${DEFAULT-VALUE}).")
    Path data;

    @Option(
            scope = ScopeType.INHERIT,
            names = "--database",
            paramLabel = "URL",
            description =
                    "A shared question store instead of the data folder, for example"
                            + " jdbc:postgresql://db.example/toolkit; the password is read from "
                            + PASSWORD_VARIABLE
                            + ".")
    Optional<String> database = Optional.empty();

    @Option(
            scope = ScopeType.INHERIT,
            names = "--database-user",
            paramLabel = "USER",
            defaultValue = "toolkit",
            description = "The database user (default: ${DEFAULT-VALUE}).")
    String user;

    JdbcQuestionStore open() {
        if (database.isPresent()) {
            return JdbcQuestionStore.connect(
                    database.get(),
                    user,
                    Objects.requireNonNullElse(System.getenv(PASSWORD_VARIABLE), ""));
        }
        return JdbcQuestionStore.h2(data);
    }
}
