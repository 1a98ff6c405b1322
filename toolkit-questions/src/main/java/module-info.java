/**
 * Questions from the public: {@link org.artofthepossible.toolkit.questions.QuestionIntake} takes
 * them, a {@link org.artofthepossible.toolkit.questions.QuestionStore} keeps them, {@link
 * org.artofthepossible.toolkit.questions.Moderation} answers and publishes them, and {@link
 * org.artofthepossible.toolkit.questions.PublishedQuestions} makes them FAQ items.
 */
// Flyway and Bucket4j ship no module descriptor: they are automatic modules, by the names their
// jars give (Bucket4j's manifest, Flyway's file name).
@SuppressWarnings("requires-automatic")
module org.artofthepossible.toolkit.questions {
    requires transitive org.artofthepossible.toolkit.core;
    requires transitive java.sql;
    requires com.zaxxer.hikari;
    requires flyway.core;
    requires jakarta.mail;
    requires io.github.bucket4j.core;
    requires com.github.benmanes.caffeine;
    requires static org.jspecify;

    exports org.artofthepossible.toolkit.questions;
}
