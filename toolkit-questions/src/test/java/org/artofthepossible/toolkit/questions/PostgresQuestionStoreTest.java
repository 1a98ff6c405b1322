package org.artofthepossible.toolkit.questions;

import org.junit.jupiter.api.Tag;

/** The store contract on a real PostgreSQL server (see {@link PostgresStores}). */
@Tag("postgres")
class PostgresQuestionStoreTest extends QuestionStoreContract {
    @Override
    QuestionStore newStore() throws Exception {
        return PostgresStores.fresh();
    }
}
