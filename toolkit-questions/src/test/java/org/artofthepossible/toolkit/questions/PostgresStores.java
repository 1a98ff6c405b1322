package org.artofthepossible.toolkit.questions;

import java.sql.DriverManager;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Stores on a real PostgreSQL server, each in a database of its own. The server is given by the
 * environment: {@code TOOLKIT_TEST_POSTGRES_URL} (default {@code
 * jdbc:postgresql://localhost:5432/}) with {@code TOOLKIT_TEST_POSTGRES_USER} and {@code
 * TOOLKIT_TEST_POSTGRES_PASSWORD} (default {@code toolkit}, {@code toolkit}), a user allowed to
 * create databases. {@code .ci/run} installs Debian's PostgreSQL and creates that user; the {@code
 * postgres} profile runs these tests.
 */
final class PostgresStores {
    private static final AtomicInteger COUNT = new AtomicInteger();

    private PostgresStores() {}

    static String serverUrl() {
        return Objects.requireNonNullElse(
                System.getenv("TOOLKIT_TEST_POSTGRES_URL"), "jdbc:postgresql://localhost:5432/");
    }

    static String user() {
        return Objects.requireNonNullElse(System.getenv("TOOLKIT_TEST_POSTGRES_USER"), "toolkit");
    }

    static String password() {
        return Objects.requireNonNullElse(
                System.getenv("TOOLKIT_TEST_POSTGRES_PASSWORD"), "toolkit");
    }

    /** The URL of a new, empty database. */
    static String freshDatabase() throws Exception {
        String name =
                "toolkit_test_" + ProcessHandle.current().pid() + "_" + COUNT.incrementAndGet();
        try (var connection =
                        DriverManager.getConnection(serverUrl() + "postgres", user(), password());
                var statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name);
            statement.execute("CREATE DATABASE " + name);
        }
        return serverUrl() + name;
    }

    static JdbcQuestionStore fresh() throws Exception {
        return JdbcQuestionStore.connect(freshDatabase(), user(), password());
    }
}
