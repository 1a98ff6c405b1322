/**
 * Questions from the public, from the form to the FAQ page. {@link QuestionIntake} checks what a
 * visitor sends (the fields, an anti-forgery token, a honeypot, the time taken to fill the form and
 * a per-client rate limit) and keeps it in a {@link QuestionStore}, such as {@link
 * JdbcQuestionStore} (H2 or PostgreSQL). {@link Moderation} answers, publishes and rejects, each
 * step recorded; {@link PublishedQuestions} is the {@link
 * org.artofthepossible.toolkit.spi.ContentSource} through which published questions become FAQ
 * items, validated and rendered as every other item.
 */
@NullMarked
package org.artofthepossible.toolkit.questions;

import org.jspecify.annotations.NullMarked;
