package org.artofthepossible.toolkit.questions;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import javax.sql.DataSource;
import org.artofthepossible.toolkit.QuestionForm;
import org.artofthepossible.toolkit.model.TermRef;
import org.artofthepossible.toolkit.questions.internal.References;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;

/**
 * A {@link QuestionStore} in a relational database: an H2 file under a data folder by default
 * ({@link #h2(Path)}), or PostgreSQL for several servers sharing one store ({@link #connect(String,
 * String, String)}). The schema is created and upgraded by Flyway when the store opens; connections
 * come from a HikariCP pool.
 *
 * <p>Every change runs in one transaction. Two moderators changing one question at once cannot both
 * succeed: a change applies only while the question is still in the state it starts from. The H2
 * file is opened with {@code AUTO_SERVER=TRUE}, so the command line's {@code questions} commands
 * share it with a running {@code serve}, and with {@code WRITE_DELAY=0}, so a question is on disk
 * before its visitor is told it was received.
 */
public final class JdbcQuestionStore implements QuestionStore {
    /** The most connections a pool opens. */
    static final int MAX_CONNECTIONS = 8;

    /** How long a caller waits for a connection before the store reports it cannot be reached. */
    static final long CONNECTION_TIMEOUT_MILLIS = 5_000;

    private static final String MIGRATIONS = "classpath:db/toolkit-questions";
    private static final String UNIQUE_VIOLATION = "23505";
    private static final int MAX_REFERENCE_ATTEMPTS = 20;

    private final DataSource dataSource;
    private final Optional<HikariDataSource> pool;
    private final String description;
    private final SecureRandom random = new SecureRandom();

    private JdbcQuestionStore(
            DataSource dataSource, Optional<HikariDataSource> pool, String description) {
        this.dataSource = dataSource;
        this.pool = pool;
        this.description = description;
        try {
            Flyway.configure(JdbcQuestionStore.class.getClassLoader())
                    .dataSource(dataSource)
                    .locations(MIGRATIONS)
                    .table("toolkit_questions_schema")
                    .load()
                    .migrate();
        } catch (FlywayException e) {
            pool.ifPresent(HikariDataSource::close);
            throw new QuestionStoreException(
                    "cannot prepare the question store " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * Opens, or creates, the embedded store: the H2 database {@code questions} in a folder, which
     * is created if missing.
     *
     * @param folder the data folder, for example {@code ./toolkit-data}
     * @return the store; close it when done
     * @throws QuestionStoreException when the folder or the database cannot be opened
     */
    public static JdbcQuestionStore h2(Path folder) {
        Path file = folder.toAbsolutePath().normalize().resolve("questions");
        return connect("jdbc:h2:file:" + file + ";AUTO_SERVER=TRUE;WRITE_DELAY=0", "sa", "");
    }

    /**
     * Connects to a store by its JDBC URL, such as {@code jdbc:postgresql://db/toolkit} or {@code
     * jdbc:h2:mem:test}, and creates or upgrades its schema.
     *
     * @param url the JDBC URL
     * @param user the database user
     * @param password the user's password
     * @return the store; close it when done
     * @throws QuestionStoreException when the database cannot be reached or prepared
     */
    public static JdbcQuestionStore connect(String url, String user, String password) {
        Objects.requireNonNull(url, "url");
        var config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(MAX_CONNECTIONS);
        config.setMinimumIdle(1);
        config.setConnectionTimeout(CONNECTION_TIMEOUT_MILLIS);
        config.setPoolName("toolkit-questions");
        config.setAutoCommit(true);
        String shown = withoutSecrets(url);
        HikariDataSource pool;
        try {
            pool = new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new QuestionStoreException(
                    "cannot reach the question store at " + shown + ": " + rootMessage(e), e);
        }
        return new JdbcQuestionStore(pool, Optional.of(pool), shown);
    }

    /**
     * Uses a data source the caller owns (a host application's pool), creating or upgrading the
     * schema; closing the store leaves the data source open.
     *
     * @param dataSource the data source
     * @param description names the store in messages
     * @return the store
     * @throws QuestionStoreException when the schema cannot be prepared
     */
    public static JdbcQuestionStore of(DataSource dataSource, String description) {
        return new JdbcQuestionStore(dataSource, Optional.empty(), description);
    }

    @Override
    public String toString() {
        return "question store " + description;
    }

    @Override
    public Question add(Submission submission, Instant at, Function<String, List<Mail>> mail) {
        return inTransaction(
                "keep a question",
                connection -> {
                    Optional<String> sentBefore = referenceOfToken(connection, submission.token());
                    if (sentBefore.isPresent()) {
                        return sentBefore.get();
                    }
                    String reference = insert(connection, submission, at);
                    long id = idOf(connection, reference);
                    QuestionState state =
                            submission.spam().isPresent()
                                    ? QuestionState.SPAM
                                    : QuestionState.RECEIVED;
                    event(
                            connection,
                            id,
                            Optional.empty(),
                            state,
                            at,
                            submission.spam().isPresent() ? "intake" : "visitor",
                            submission.spam());
                    for (Mail message : mail.apply(reference)) {
                        enqueue(connection, message, at);
                    }
                    changed(connection, at);
                    return reference;
                },
                reference -> find(reference).orElseThrow());
    }

    /** Inserts the question under a new reference, drawing again when one is taken. */
    private String insert(Connection connection, Submission submission, Instant at)
            throws SQLException {
        for (int attempt = 0; attempt < MAX_REFERENCE_ATTEMPTS; attempt++) {
            // Longer references once short ones grow crowded: 4 characters, then 5, 6...
            String reference = References.random(random, 4 + attempt / 5);
            Savepoint before = connection.setSavepoint();
            try (PreparedStatement insert =
                    connection.prepareStatement(
                            "INSERT INTO question (ref, token, state, locale, question_text,"
                                    + " topic, asker_name, asker_email, received_at)"
                                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setString(1, reference);
                insert.setString(2, submission.token());
                insert.setString(
                        3,
                        (submission.spam().isPresent()
                                        ? QuestionState.SPAM
                                        : QuestionState.RECEIVED)
                                .name());
                insert.setString(4, submission.locale().toLanguageTag());
                insert.setString(5, submission.text());
                insert.setString(6, submission.topic().map(QuestionForm::topicValue).orElse(null));
                insert.setString(7, submission.asker().name().orElse(null));
                insert.setString(8, submission.asker().email().orElse(null));
                insert.setObject(9, time(at));
                insert.executeUpdate();
                connection.releaseSavepoint(before);
                return reference;
            } catch (SQLException e) {
                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
                connection.rollback(before);
                if (referenceOfToken(connection, submission.token()).isPresent()) {
                    // The same form, sent at the same moment by another request: keep one.
                    throw new SentTwice();
                }
            }
        }
        throw new SQLException(
                "no free question reference after " + MAX_REFERENCE_ATTEMPTS + " attempts");
    }

    /** A form sent twice at once: the transaction ends, and the first question is returned. */
    private static final class SentTwice extends SQLException {
        private static final long serialVersionUID = 1L;
    }

    private static Optional<String> referenceOfToken(Connection connection, String token)
            throws SQLException {
        return firstString(connection, "SELECT ref FROM question WHERE token = ?", token);
    }

    /** The first column of the first row a query by one key gives, if any. */
    private static Optional<String> firstString(Connection connection, String sql, String key)
            throws SQLException {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getString(1)) : Optional.empty();
            }
        }
    }

    private static long idOf(Connection connection, String reference) throws SQLException {
        try (PreparedStatement select =
                connection.prepareStatement("SELECT id FROM question WHERE ref = ?")) {
            select.setString(1, reference);
            try (ResultSet rows = select.executeQuery()) {
                if (!rows.next()) {
                    throw new UnknownQuestionException(reference);
                }
                return rows.getLong(1);
            }
        }
    }

    @Override
    public Optional<Question> find(String reference) {
        List<Question> found =
                query(
                        "find question " + reference,
                        " WHERE ref = ?",
                        reference.strip().toUpperCase(Locale.ROOT));
        return found.stream().findFirst();
    }

    @Override
    public List<Question> list(Optional<QuestionState> state) {
        return state.isPresent()
                ? query("list questions", " WHERE state = ?", state.get().name())
                : query("list questions", "");
    }

    private List<Question> query(String what, String where, String... arguments) {
        return inTransaction(
                what,
                connection -> {
                    var rows = new ArrayList<Row>();
                    try (PreparedStatement select =
                            connection.prepareStatement(
                                    "SELECT id, ref, question_text, topic, locale, asker_name,"
                                            + " asker_email, state, received_at, answer,"
                                            + " answered_by, answered_at FROM question"
                                            + where
                                            + " ORDER BY received_at, id")) {
                        for (int i = 0; i < arguments.length; i++) {
                            select.setString(i + 1, arguments[i]);
                        }
                        try (ResultSet result = select.executeQuery()) {
                            while (result.next()) {
                                rows.add(row(result));
                            }
                        }
                    }
                    Map<Long, List<Question.Transition>> history = history(connection, rows);
                    return rows.stream()
                            .map(r -> r.question(history.getOrDefault(r.id, List.of())))
                            .toList();
                },
                questions -> questions);
    }

    /** A question's row, before its history is read. */
    private record Row(
            long id,
            String reference,
            String text,
            Optional<TermRef> topic,
            Locale locale,
            Question.Asker asker,
            QuestionState state,
            Instant received,
            Optional<Question.Answer> answer) {
        Question question(List<Question.Transition> history) {
            return new Question(
                    reference, text, topic, locale, asker, state, received, answer, history);
        }
    }

    private static Row row(ResultSet result) throws SQLException {
        String answer = result.getString("answer");
        return new Row(
                result.getLong("id"),
                result.getString("ref"),
                result.getString("question_text"),
                Optional.ofNullable(result.getString("topic")).flatMap(QuestionForm::topic),
                Locale.forLanguageTag(result.getString("locale")),
                new Question.Asker(
                        Optional.ofNullable(result.getString("asker_name")),
                        Optional.ofNullable(result.getString("asker_email"))),
                QuestionState.valueOf(result.getString("state")),
                instant(result, "received_at"),
                answer == null
                        ? Optional.empty()
                        : Optional.of(
                                new Question.Answer(
                                        answer,
                                        result.getString("answered_by"),
                                        instant(result, "answered_at"))));
    }

    private static Map<Long, List<Question.Transition>> history(
            Connection connection, List<Row> rows) throws SQLException {
        var history = new HashMap<Long, List<Question.Transition>>();
        if (rows.isEmpty()) {
            return history;
        }
        // One question's history by its id; a whole list's in one pass over the events.
        String where = rows.size() == 1 ? " WHERE question_id = " + rows.get(0).id : "";
        try (Statement select = connection.createStatement();
                ResultSet result =
                        select.executeQuery(
                                "SELECT question_id, from_state, to_state, happened_at, actor,"
                                        + " note FROM question_event"
                                        + where
                                        + " ORDER BY question_id, id")) {
            while (result.next()) {
                String from = result.getString("from_state");
                history.computeIfAbsent(result.getLong("question_id"), k -> new ArrayList<>())
                        .add(
                                new Question.Transition(
                                        Optional.ofNullable(from).map(QuestionState::valueOf),
                                        QuestionState.valueOf(result.getString("to_state")),
                                        instant(result, "happened_at"),
                                        result.getString("actor"),
                                        Optional.ofNullable(result.getString("note"))));
            }
        }
        return history;
    }

    @Override
    public Question change(String reference, Change change) {
        String ref = reference.strip().toUpperCase(Locale.ROOT);
        return inTransaction(
                "change question " + ref,
                connection -> {
                    long id = idOf(connection, ref);
                    var sql = new StringBuilder("UPDATE question SET state = ?");
                    if (change.answer().isPresent()) {
                        sql.append(", answer = ?, answered_by = ?, answered_at = ?");
                    }
                    if (change.forgetAsker()) {
                        sql.append(", asker_name = NULL, asker_email = NULL");
                    }
                    sql.append(" WHERE id = ? AND state = ?");
                    try (PreparedStatement update = connection.prepareStatement(sql.toString())) {
                        int i = 1;
                        update.setString(i++, change.to().name());
                        if (change.answer().isPresent()) {
                            Question.Answer answer = change.answer().get();
                            update.setString(i++, answer.markdown());
                            update.setString(i++, answer.by());
                            update.setObject(i++, time(answer.at()));
                        }
                        update.setLong(i++, id);
                        update.setString(i, change.from().name());
                        if (update.executeUpdate() != 1) {
                            throw new QuestionStateException(
                                    ref
                                            + " is no longer "
                                            + change.from().id()
                                            + ": someone else changed it meanwhile; 'toolkit"
                                            + " questions show "
                                            + ref
                                            + "' shows where it stands");
                        }
                    }
                    event(
                            connection,
                            id,
                            Optional.of(change.from()),
                            change.to(),
                            change.at(),
                            change.actor(),
                            change.note());
                    for (Mail message : change.mail()) {
                        enqueue(connection, message, change.at());
                    }
                    changed(connection, change.at());
                    return ref;
                },
                changed -> find(changed).orElseThrow());
    }

    @Override
    public Purged purge(Instant before) {
        return inTransaction(
                "purge questions",
                connection -> {
                    int deleted;
                    try (PreparedStatement delete =
                            connection.prepareStatement(
                                    "DELETE FROM question WHERE received_at < ? AND state IN (?,"
                                            + " ?)")) {
                        delete.setObject(1, time(before));
                        delete.setString(2, QuestionState.SPAM.name());
                        delete.setString(3, QuestionState.REJECTED.name());
                        deleted = delete.executeUpdate();
                    }
                    int erased;
                    try (PreparedStatement erase =
                            connection.prepareStatement(
                                    "UPDATE question SET asker_name = NULL, asker_email = NULL"
                                            + " WHERE received_at < ? AND (asker_name IS NOT NULL"
                                            + " OR asker_email IS NOT NULL)")) {
                        erase.setObject(1, time(before));
                        erased = erase.executeUpdate();
                    }
                    // Mail not yet sent to an address that old goes too: it cannot be kept.
                    try (PreparedStatement drop =
                            connection.prepareStatement(
                                    "DELETE FROM mail_outbox WHERE created_at < ?")) {
                        drop.setObject(1, time(before));
                        drop.executeUpdate();
                    }
                    if (erased + deleted > 0) {
                        changed(connection, Instant.now());
                    }
                    return new Purged(erased, deleted);
                },
                purged -> purged);
    }

    @Override
    public long lastChange() {
        return inTransaction(
                "read the store's changes",
                connection -> {
                    try (Statement select = connection.createStatement();
                            ResultSet result =
                                    select.executeQuery(
                                            "SELECT COALESCE(MAX(id), 0) FROM store_change")) {
                        result.next();
                        return result.getLong(1);
                    }
                },
                count -> count);
    }

    @Override
    public List<Mail> claimMail(Instant now, Duration lease, int limit) {
        return inTransaction(
                "claim mail from the outbox",
                connection -> {
                    var claimed = new ArrayList<Mail>();
                    try (PreparedStatement select =
                                    connection.prepareStatement(
                                            "SELECT id, recipient, subject, body, attempts,"
                                                    + " next_attempt_at FROM mail_outbox WHERE"
                                                    + " sent_at IS NULL AND next_attempt_at <= ?"
                                                    + " ORDER BY id");
                            PreparedStatement claim =
                                    connection.prepareStatement(
                                            "UPDATE mail_outbox SET next_attempt_at = ? WHERE id"
                                                    + " = ? AND next_attempt_at = ? AND sent_at IS"
                                                    + " NULL")) {
                        select.setObject(1, time(now));
                        select.setMaxRows(limit);
                        try (ResultSet result = select.executeQuery()) {
                            while (result.next()) {
                                // Only the server whose update finds the row unchanged sends it.
                                claim.setObject(1, time(now.plus(lease)));
                                claim.setLong(2, result.getLong(1));
                                claim.setObject(3, result.getObject(6, OffsetDateTime.class));
                                if (claim.executeUpdate() == 1) {
                                    claimed.add(
                                            new Mail(
                                                    result.getLong(1),
                                                    result.getString(2),
                                                    result.getString(3),
                                                    result.getString(4),
                                                    result.getInt(5)));
                                }
                            }
                        }
                    }
                    return claimed;
                },
                claimed -> claimed);
    }

    @Override
    public void mailSent(long id, Instant at) {
        update(
                "record a sent message",
                "UPDATE mail_outbox SET sent_at = ?, recipient = NULL WHERE id = ?",
                time(at),
                id);
    }

    @Override
    public void mailFailed(long id, String error, Instant retryAt) {
        update(
                "record a failed message",
                "UPDATE mail_outbox SET attempts = attempts + 1, last_error = ?, next_attempt_at ="
                        + " ? WHERE id = ?",
                error.length() > 2000 ? error.substring(0, 2000) : error,
                time(retryAt),
                id);
    }

    @Override
    public byte[] secret(String name) {
        String encoded =
                inTransaction(
                        "read the store's secret",
                        connection -> {
                            Optional<String> kept = storedSecret(connection, name);
                            if (kept.isPresent()) {
                                return kept.get();
                            }
                            byte[] fresh = new byte[32];
                            random.nextBytes(fresh);
                            Savepoint before = connection.setSavepoint();
                            try (PreparedStatement insert =
                                    connection.prepareStatement(
                                            "INSERT INTO store_secret (name, secret) VALUES (?,"
                                                    + " ?)")) {
                                insert.setString(1, name);
                                insert.setString(2, Base64.getEncoder().encodeToString(fresh));
                                insert.executeUpdate();
                            } catch (SQLException e) {
                                if (!UNIQUE_VIOLATION.equals(e.getSQLState())) {
                                    throw e;
                                }
                                // Another server made it first: everyone uses that one.
                                connection.rollback(before);
                            }
                            return storedSecret(connection, name).orElseThrow();
                        },
                        kept -> kept);
        return Base64.getDecoder().decode(encoded);
    }

    private static Optional<String> storedSecret(Connection connection, String name)
            throws SQLException {
        return firstString(connection, "SELECT secret FROM store_secret WHERE name = ?", name);
    }

    @Override
    public void close() {
        pool.ifPresent(HikariDataSource::close);
    }

    private static void event(
            Connection connection,
            long questionId,
            Optional<QuestionState> from,
            QuestionState to,
            Instant at,
            String actor,
            Optional<String> note)
            throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO question_event (question_id, from_state, to_state,"
                                + " happened_at, actor, note) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, questionId);
            insert.setString(2, from.map(QuestionState::name).orElse(null));
            insert.setString(3, to.name());
            insert.setObject(4, time(at));
            insert.setString(5, actor);
            insert.setString(6, note.orElse(null));
            insert.executeUpdate();
        }
    }

    private static void enqueue(Connection connection, Mail mail, Instant at) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement(
                        "INSERT INTO mail_outbox (recipient, subject, body, created_at,"
                                + " next_attempt_at) VALUES (?, ?, ?, ?, ?)")) {
            insert.setString(1, mail.to());
            insert.setString(2, mail.subject());
            insert.setString(3, mail.body());
            insert.setObject(4, time(at));
            insert.setObject(5, time(at));
            insert.executeUpdate();
        }
    }

    private static void changed(Connection connection, Instant at) throws SQLException {
        try (PreparedStatement insert =
                connection.prepareStatement("INSERT INTO store_change (happened_at) VALUES (?)")) {
            insert.setObject(1, time(at));
            insert.executeUpdate();
        }
    }

    private void update(String what, String sql, Object... arguments) {
        inTransaction(
                what,
                connection -> {
                    try (PreparedStatement update = connection.prepareStatement(sql)) {
                        for (int i = 0; i < arguments.length; i++) {
                            update.setObject(i + 1, arguments[i]);
                        }
                        return update.executeUpdate();
                    }
                },
                rows -> rows);
    }

    /** Work done on one connection, in one transaction. */
    @FunctionalInterface
    private interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /** What the caller gets from the work's result, once it is committed. */
    @FunctionalInterface
    private interface Then<T, R> {
        R apply(T result);
    }

    private <T, R> R inTransaction(String what, Work<T> work, Then<T, R> then) {
        T result;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SentTwice e) {
                connection.rollback();
                return inTransaction(what, work, then);
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw new QuestionStoreException(
                    "cannot " + what + " in the " + this + ": " + rootMessage(e), e);
        }
        return then.apply(result);
    }

    private static OffsetDateTime time(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    private static Instant instant(ResultSet result, String column) throws SQLException {
        return result.getObject(column, OffsetDateTime.class).toInstant();
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return Objects.requireNonNullElse(root.getMessage(), root.getClass().getName());
    }

    /** A JDBC URL as messages show it: without a password given in its parameters. */
    static String withoutSecrets(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***");
    }
}
